package dev.sfstream.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes a method to a channel that already exists in Salesforce and never declares anything:
 * {@code /topic/<PushTopic>}, {@code /event/<Name>__e}, {@code /data/<Object>ChangeEvent},
 * {@code /data/ChangeEvents} or {@code /u/<GenericChannel>}.
 *
 * <p>The method takes {@code (String channel, Notification notification)} or only the notification.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Subscribe.List.class)
public @interface Subscribe {
    /** The full channel name, e.g. {@code /topic/InvoiceStatementUpdates}. */
    String value();

    /** Holds stacked {@link Subscribe} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        /** The stacked annotations. */
        Subscribe[] value();
    }
}
