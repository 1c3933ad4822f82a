package dev.sfstream.container;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test entrypoint annotation served by {@link ManualExtension}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ManualTrigger {
    String value();
}
