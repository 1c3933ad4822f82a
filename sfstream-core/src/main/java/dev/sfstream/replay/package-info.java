/**
 * Replay in one place: where a service remembers, per channel, the replay id up to which every event is done.
 * The store SPI and an in-memory store (the Redis store lives in {@code sfstream-redis}), where a channel starts
 * ({@link dev.sfstream.replay.ReplayDefault}) and what happens when its stored id is rejected
 * ({@link dev.sfstream.replay.ReplayFallback}), and {@link dev.sfstream.replay.SessionReplay}, the seam through
 * which a session's delivery and transport reach the watermarks, their committer and the start rules of every
 * transport ({@link dev.sfstream.replay.SessionReplay.Start}, decided in {@code internal}; each transport only
 * encodes it).
 */
package dev.sfstream.replay;
