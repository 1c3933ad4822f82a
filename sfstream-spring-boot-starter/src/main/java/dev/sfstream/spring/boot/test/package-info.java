/** Testing a Spring Boot application's services against the emulator: {@link dev.sfstream.spring.boot.test.SfstreamEmulatorTest}. */
package dev.sfstream.spring.boot.test;
