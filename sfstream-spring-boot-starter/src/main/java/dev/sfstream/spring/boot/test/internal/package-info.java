/** The Spring test context customizer behind {@link dev.sfstream.spring.boot.test.SfstreamEmulatorTest}. */
package dev.sfstream.spring.boot.test.internal;
