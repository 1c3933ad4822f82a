package dev.sfstream.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a PushTopic for changes of one sObject type (optionally of one record type, optionally
 * excluding the changes made by the user sfstream logs in as) and subscribes to it. The topic is named
 * {@code <sobjectType><recordType>} unless {@link #name()} is given; its query selects
 * {@code Id, Name, LastModifiedById, LastModifiedDate} (or {@link #fields()}).
 *
 * <p>Give the sObject type either as the value ({@code @HandleSObjectNotification("Lead")}) or as
 * {@link #sobjectType()}. The method takes {@code (String sobjectType, String recordType, Notification n)}
 * (the record type is null when none was given) or only the notification.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(HandleSObjectNotification.List.class)
public @interface HandleSObjectNotification {
    /** The sObject API name, e.g. {@code Contact}; same as {@link #sobjectType()}. */
    String value() default "";

    /** The sObject API name, e.g. {@code Contact}; same as {@link #value()}. */
    String sobjectType() default "";

    /** The RecordType DeveloperName to narrow to; empty for every record type. */
    String recordType() default "";

    /** {@code false} only subscribes to the topic, which must then already exist. */
    boolean declare() default true;

    /** Leaves out changes made by the user sfstream logs in as, so a service does not handle its own writes. */
    boolean excludeCurrentUser() default true;

    /** The fields to select instead of {@code Id, Name, LastModifiedById, LastModifiedDate}. */
    String[] fields() default {};

    /** The PushTopic name instead of {@code <sobjectType><recordType>}. */
    String name() default "";

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

    /** Holds stacked {@link HandleSObjectNotification} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        /** The stacked annotations. */
        HandleSObjectNotification[] value();
    }
}
