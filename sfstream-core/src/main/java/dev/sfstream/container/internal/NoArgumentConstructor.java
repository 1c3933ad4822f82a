package dev.sfstream.container.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

/** Makes a worker's service instance with the service class's constructor without arguments. */
final class NoArgumentConstructor implements Supplier<Object> {
    private final Constructor<?> constructor;

    NoArgumentConstructor(Constructor<?> constructor) {
        this.constructor = constructor;
        this.constructor.setAccessible(true);
    }

    @Override
    public Object get() {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (thrown.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the constructor of " + constructor.getDeclaringClass().getName()
                    + " threw " + thrown.getCause(), thrown.getCause());
        } catch (ReflectiveOperationException unusable) {
            throw new IllegalStateException("cannot make an instance of " + constructor.getDeclaringClass().getName()
                    + ": " + unusable, unusable);
        }
    }
}
