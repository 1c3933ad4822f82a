/**
 * The delivery pipeline's public side: the event value handed to handlers, the handler callback, and the
 * dead-letter SPI. The pipeline itself (queue, ordering, workers, retries, commit watermark) is internal.
 */
package dev.sfstream.delivery;
