/**
 * The reliability suite: steady traffic on a PushTopic, a platform event and a CDC channel while faults are
 * injected at random through the emulator's control API, then a check that nothing was lost, duplicates stayed
 * bounded and no thread or connection leaked. {@code benchmarks/run soak} runs it for as long as asked; a short
 * version is a test in {@code mvn verify}.
 */
package dev.sfstream.soak;
