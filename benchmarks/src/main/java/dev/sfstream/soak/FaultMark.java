package dev.sfstream.soak;

/**
 * One fault the soak injected.
 *
 * @param atSeconds seconds since the run started
 * @param kind which fault
 */
public record FaultMark(double atSeconds, FaultKind kind) {
}
