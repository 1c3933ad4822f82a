/**
 * Testing a service without an org, the equivalent of Nameko's {@code entrypoint_waiter} and
 * {@code replace_dependencies}: {@link dev.sfstream.testkit.ServiceUnderTest} runs a service against an
 * embedded emulator, {@link dev.sfstream.testkit.EntrypointWaiter} waits until an entrypoint has handled
 * what a test caused, and {@link dev.sfstream.testkit.RecordingEventDispatcher} replaces the event
 * dispatcher with a fake that remembers what was dispatched.
 */
package dev.sfstream.testkit;
