/**
 * Fault injection: faults armed through {@code /__emulator__/faults} (or the Java API), matched by Bayeux
 * channel or HTTP path prefix, and answered with a Bayeux error, an HTTP status, a delay, a dropped
 * connection, a server-initiated disconnect or a malformed body.
 */
package dev.sfstream.emulator.internal.faults;
