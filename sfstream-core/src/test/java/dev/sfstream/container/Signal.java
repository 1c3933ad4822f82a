package dev.sfstream.container;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Test entrypoint annotations served together by {@link SignalExtension}. */
final class Signal {
    private Signal() {
    }

    /** A signal entrypoint: fires for the named signal. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface OnSignal {
        String value();
    }

    /** A second kind the same extension serves. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface OnAlarm {
        String value();
    }
}
