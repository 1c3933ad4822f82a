/** The Salesforce emulator's public API: {@link dev.sfstream.emulator.Emulator}, its JUnit 5 extension and the org fixture. */
package dev.sfstream.emulator;
