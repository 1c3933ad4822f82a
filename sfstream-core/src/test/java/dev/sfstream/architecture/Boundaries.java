package dev.sfstream.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the boundaries of sfstream's packages off its sources and classes. */
final class Boundaries {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern INTERNAL_IMPORT = Pattern.compile("(?m)^import\\s+(dev\\.sfstream\\.[\\w.]*?\\.internal)"
            + "(\\.[\\w.]+)?\\.[A-Z]\\w*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?;");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|record|enum|@interface)\\s");

    private Boundaries() {
    }

    /** The {@code .java} files under a source root. */
    static List<Path> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The imports of another concept's {@code internal} package in one source, as {@code package -> imported
     * internal package}. A concept is a package and its sub-packages; its {@code internal} packages are its own.
     */
    static List<String> foreignInternalImports(String source) {
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
            return List.of();
        }
        String pkg = declared.group(1);
        List<String> violations = new ArrayList<>();
        Matcher imports = INTERNAL_IMPORT.matcher(source);
        while (imports.find()) {
            String internal = imports.group(1);
            String owner = internal.substring(0, internal.length() - ".internal".length());
            if (!pkg.equals(owner) && !pkg.startsWith(owner + ".")) {
                violations.add(pkg + " -> " + internal);
            }
        }
        return violations;
    }

    /**
     * The imports in one source of package {@code owner} (or one of its sub-packages) that name one of the
     * {@code forbidden} packages (with their sub-packages) or types, as {@code package -> import}; none for a source
     * of another package.
     */
    static List<String> forbiddenImports(String source, String owner, List<String> forbidden) {
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
            return List.of();
        }
        String pkg = declared.group(1);
        if (!pkg.equals(owner) && !pkg.startsWith(owner + ".")) {
            return List.of();
        }
        List<String> violations = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            String imported = imports.group(1);
            if (forbidden.stream().anyMatch(name -> imported.equals(name) || imported.startsWith(name + "."))) {
                violations.add(pkg + " -> " + imported);
            }
        }
        return violations;
    }

    /** Whether a source declares a public top-level type outside an {@code internal} package. */
    static boolean isPublicApiType(Path file, String source) {
        return !file.toString().contains("/internal/") && PUBLIC_TYPE.matcher(source).find();
    }

    /** The binary name of the top-level type a source under {@code root} declares. */
    static String typeName(Path root, Path file) {
        String relative = root.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    }

    /** The members of a public API type whose public signature names a type from an {@code internal} package. */
    static List<String> internalTypesInSignatures(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (exposed(method.getModifiers()) && !method.isSynthetic()) {
                check(leaks, type, method.getName(), method.getGenericReturnType());
                for (Type parameter : method.getGenericParameterTypes()) {
                    check(leaks, type, method.getName(), parameter);
                }
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (exposed(constructor.getModifiers()) && !constructor.isSynthetic()) {
                for (Type parameter : constructor.getGenericParameterTypes()) {
                    check(leaks, type, "<init>", parameter);
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (exposed(field.getModifiers()) && !field.isSynthetic()) {
                check(leaks, type, field.getName(), field.getGenericType());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                check(leaks, type, component.getName(), component.getGenericType());
            }
        }
        if (type.getSuperclass() != null) {
            check(leaks, type, "extends", type.getGenericSuperclass());
        }
        for (Type implemented : type.getGenericInterfaces()) {
            check(leaks, type, "implements", implemented);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (exposed(nested.getModifiers())) {
                leaks.addAll(internalTypesInSignatures(nested));
            }
        }
        return leaks;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(List<String> leaks, Class<?> owner, String member, Type type) {
        if (type != null && type.getTypeName().matches(".*\\bdev\\.sfstream\\.[\\w.]*\\.internal\\..*")) {
            leaks.add(owner.getName() + "." + member + ": " + type.getTypeName());
        }
    }
}
