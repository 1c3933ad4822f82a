package dev.sfstream.container.internal;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.InvalidServiceException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads a service class and checks everything that can be checked before starting: the service name, a
 * no-argument constructor (unless an instance factory is given), that every entrypoint is a public instance method
 * of some extension's annotation, each entrypoint and all of an extension's entrypoints together as the extension
 * checks them, and a provider for every dependency. Errors name the class, method or field, and annotation.
 */
public final class HandlerScanner {
    private final List<EntrypointExtension> extensions;
    private final Set<Class<?>> dependencyTypes;
    private final Supplier<?> instances;

    /**
     * @param extensions the entrypoint kinds available, in start order
     * @param dependencyTypes the field types some provider serves
     */
    public HandlerScanner(List<EntrypointExtension> extensions, Set<Class<?>> dependencyTypes) {
        this(extensions, dependencyTypes, null);
    }

    /**
     * @param extensions the entrypoint kinds available, in start order
     * @param dependencyTypes the field types some provider serves
     * @param instances makes each worker's service instance; null to use the class's constructor without arguments
     */
    public HandlerScanner(List<EntrypointExtension> extensions, Set<Class<?>> dependencyTypes, Supplier<?> instances) {
        this.extensions = List.copyOf(extensions);
        this.dependencyTypes = Set.copyOf(dependencyTypes);
        this.instances = instances;
    }

    /** Scans and validates a service class. */
    public ServiceModel scan(Class<?> type) {
        String name = serviceName(type);
        Supplier<?> factory = instances != null ? instances : noArgumentConstructor(type);
        Map<EntrypointExtension, List<EntrypointMethod>> extensionEntrypoints = new LinkedHashMap<>();
        for (EntrypointExtension extension : extensions) {
            extensionEntrypoints.put(extension, new ArrayList<>());
        }
        for (Method method : handlerCandidates(type)) {
            List<EntrypointMethod> found = new ArrayList<>();
            for (Annotation annotation : entrypointAnnotations(method)) {
                found.add(new EntrypointMethod(type, method, annotation));
            }
            for (EntrypointMethod entrypoint : found) {
                requirePublicInstanceMethod(entrypoint);
                EntrypointExtension extension = extensionFor(entrypoint.annotation());
                extension.validate(entrypoint);
                extensionEntrypoints.get(extension).add(entrypoint);
            }
        }
        if (extensionEntrypoints.values().stream().allMatch(List::isEmpty)) {
            throw new InvalidServiceException(type.getName() + " has no entrypoint: annotate a public method with "
                    + annotationNames());
        }
        extensionEntrypoints.forEach((extension, entrypoints) -> {
            if (!entrypoints.isEmpty()) {
                extension.validateService(List.copyOf(entrypoints));
            }
        });
        return new ServiceModel(name, type, extensions, extensionEntrypoints, dependencyFields(type), factory);
    }

    private static String serviceName(Class<?> type) {
        ServiceName annotation = type.getAnnotation(ServiceName.class);
        if (annotation == null || annotation.value().isBlank()) {
            throw new InvalidServiceException(type.getName() + " has no service name: annotate the class with "
                    + "@ServiceName(\"some-service\")");
        }
        return annotation.value().trim();
    }

    private static Supplier<?> noArgumentConstructor(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new InvalidServiceException(type.getName() + " is abstract: a service must be a concrete class");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new InvalidServiceException(type.getName() + " is an inner class: declare it static");
        }
        try {
            return new NoArgumentConstructor(type.getDeclaredConstructor());
        } catch (NoSuchMethodException missing) {
            throw new InvalidServiceException(type.getName() + " has no constructor without arguments; the container "
                    + "creates an instance per worker and injects @Dependency fields");
        }
    }

    private static List<Method> handlerCandidates(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Method method : current.getDeclaredMethods()) {
                boolean overridden = methods.stream().anyMatch(known -> known.getName().equals(method.getName())
                        && Arrays.equals(known.getParameterTypes(), method.getParameterTypes()));
                if (!overridden && !method.isSynthetic() && !method.isBridge()) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
        return methods;
    }

    private List<Annotation> entrypointAnnotations(Method method) {
        List<Annotation> annotations = new ArrayList<>();
        for (Class<? extends Annotation> annotationType : annotationTypes()) {
            annotations.addAll(Arrays.asList(method.getAnnotationsByType(annotationType)));
        }
        return annotations;
    }

    private static void requirePublicInstanceMethod(EntrypointMethod entrypoint) {
        int modifiers = entrypoint.method().getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers)) {
            throw entrypoint.invalid("a handler must be a public instance method");
        }
    }

    private EntrypointExtension extensionFor(Annotation annotation) {
        return extensions.stream()
                .filter(extension -> extension.annotationTypes().contains(annotation.annotationType()))
                .findFirst().orElse(null);
    }

    /** Every annotation some extension serves, each once, in extension order. */
    private List<Class<? extends Annotation>> annotationTypes() {
        return extensions.stream().flatMap(extension -> extension.annotationTypes().stream()).distinct().toList();
    }

    /** The annotations to choose from, e.g. {@code @Subscribe, @HandleNotification or @EventHandler}. */
    private String annotationNames() {
        List<String> names = annotationTypes().stream().map(annotationType -> "@" + annotationType.getSimpleName())
                .toList();
        if (names.isEmpty()) {
            return "the annotation of an entrypoint extension (none is registered)";
        }
        String last = names.get(names.size() - 1);
        return names.size() == 1 ? last : String.join(", ", names.subList(0, names.size() - 1)) + " or " + last;
    }

    private List<Field> dependencyFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Dependency.class)) {
                    continue;
                }
                String where = current.getSimpleName() + "." + field.getName() + " @Dependency";
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                    throw new InvalidServiceException(where + ": a dependency field must be neither static nor final");
                }
                if (!dependencyTypes.contains(field.getType())) {
                    throw new InvalidServiceException(where + ": no dependency provider serves "
                            + field.getType().getName() + "; available: " + dependencyTypes.stream()
                            .map(Class::getSimpleName).sorted().collect(Collectors.joining(", "))
                            + " (register a DependencyProvider for it)");
                }
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }
}
