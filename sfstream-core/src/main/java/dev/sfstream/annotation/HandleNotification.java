package dev.sfstream.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the PushTopic {@link #name()} with {@link #query()} at start (creating it, or updating it when a
 * field differs) and subscribes to {@code /topic/<name>}. Without a query nothing is declared and the
 * method only subscribes, as in the original.
 *
 * <p>The method takes {@code (String name, Notification notification)} or only the notification; the name
 * is the PushTopic name without {@code /topic/}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(HandleNotification.List.class)
public @interface HandleNotification {
    /** The PushTopic name (at most 25 characters) and channel suffix. */
    String name();

    /** The PushTopic's SOQL query; empty means subscribe only. */
    String query() default "";

    /** Which field changes notify. */
    NotifyForFields notifyForFields() default NotifyForFields.ALL;

    /** Notify when a matching record is created. */
    boolean notifyForOperationCreate() default true;

    /** Notify when a matching record is updated. */
    boolean notifyForOperationUpdate() default true;

    /** Notify when a matching record is deleted. */
    boolean notifyForOperationDelete() default true;

    /** Notify when a matching record is undeleted. */
    boolean notifyForOperationUndelete() default true;

    /** Holds stacked {@link HandleNotification} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        /** The stacked annotations. */
        HandleNotification[] value();
    }
}
