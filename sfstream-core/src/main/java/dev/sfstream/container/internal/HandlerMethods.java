package dev.sfstream.container.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls handler methods through method handles made once per method, taking the instance and an argument array,
 * instead of reflecting on every call. A handler's exception reaches the caller as thrown, not wrapped.
 */
final class HandlerMethods {
    private final Map<Method, MethodHandle> handles = new ConcurrentHashMap<>();

    /** Calls {@code method} on {@code instance}; returns what it returned, null for a void method. */
    Object invoke(Method method, Object instance, Object[] arguments) throws Throwable {
        MethodHandle handle = handles.get(method);
        if (handle == null) {
            handle = handles.computeIfAbsent(method, HandlerMethods::handleOf);
        }
        return (Object) handle.invokeExact(instance, arguments);
    }

    private static MethodHandle handleOf(Method method) {
        try {
            method.setAccessible(true);
            MethodHandle direct = MethodHandles.lookup().unreflect(method);
            return direct.asType(direct.type().generic())
                    .asSpreader(Object[].class, method.getParameterCount());
        } catch (IllegalAccessException | RuntimeException unreachable) {
            throw new IllegalStateException("cannot call handler method " + method, unreachable);
        }
    }
}
