package dev.sfstream.spring.boot.test;

import dev.sfstream.spring.boot.test.internal.EmulatorContextCustomizerFactory;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * On a Spring test class (e.g. with {@code @SpringBootTest}): starts a Salesforce emulator
 * ({@link dev.sfstream.emulator.Emulator}, on a free port) before the application context, points the
 * {@code sfstream.salesforce.*} login properties at it (they win over the application's), and makes it a bean to
 * autowire. It stops when the context closes, after the services. Needs {@code sfstream-testkit} (or
 * {@code sfstream-emulator}) and {@code spring-boot-test} on the test class path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(EmulatorContextCustomizerFactory.class)
public @interface SfstreamEmulatorTest {
    /** Short emulator timers (2 s connect hold, 3 s reconnect window), so that recovery shows in seconds. */
    boolean fastTimers() default true;
}
