/**
 * Spring Boot auto-configuration for sfstream: {@link dev.sfstream.spring.boot.SfstreamProperties} (the
 * {@code sfstream.*} properties), {@link dev.sfstream.spring.boot.SfstreamServices} (the {@code @ServiceName} beans
 * as services, started and stopped with the context), {@link dev.sfstream.spring.boot.ServiceContainerCustomizer},
 * and a health component per service when Actuator is present.
 */
package dev.sfstream.spring.boot;
