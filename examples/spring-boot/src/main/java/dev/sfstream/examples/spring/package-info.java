/** The Spring Boot example: an sfstream service as a bean, configured by application.yml, tested against the emulator. */
package dev.sfstream.examples.spring;
