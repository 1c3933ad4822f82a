/**
 * The delivery pipeline's public side: the event value handed to handlers, the handler callback, and the
 * dead-letter SPI. The pipeline itself (queue, ordering, workers, retries) is internal; it reports every event
 * received and done to the session's {@link dev.sfstream.replay.SessionReplay}.
 */
package dev.sfstream.delivery;
