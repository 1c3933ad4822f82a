/**
 * Where a service remembers, per channel, the replay id up to which every event is done: the SPI and an
 * in-memory store (the Redis store lives in {@code sfstream-redis}).
 */
package dev.sfstream.replay;
