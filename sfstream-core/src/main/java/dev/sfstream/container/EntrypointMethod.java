package dev.sfstream.container;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * One entrypoint of a service: a handler method and one of its entrypoint annotations. A method with
 * stacked annotations has one entrypoint per annotation.
 *
 * @param serviceClass the service class
 * @param method the handler method
 * @param annotation the entrypoint annotation that makes this entrypoint
 */
public record EntrypointMethod(Class<?> serviceClass, Method method, Annotation annotation) {
    public EntrypointMethod {
        Objects.requireNonNull(serviceClass, "serviceClass");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(annotation, "annotation");
    }

    /** The method's name, used as the worker's entrypoint name and in call ids. */
    public String name() {
        return method.getName();
    }

    /** Names the class, method and annotation for messages, e.g. {@code Service.handle @Subscribe("/topic/X")}. */
    public String describe() {
        String text = annotation.toString().replace(annotation.annotationType().getName(),
                annotation.annotationType().getSimpleName());
        return serviceClass.getSimpleName() + "." + method.getName() + " " + text;
    }

    /**
     * An error about this entrypoint whose message starts with {@link #describe()}.
     *
     * @param problem what is wrong and what is expected
     */
    public InvalidServiceException invalid(String problem) {
        return new InvalidServiceException(describe() + ": " + problem);
    }
}
