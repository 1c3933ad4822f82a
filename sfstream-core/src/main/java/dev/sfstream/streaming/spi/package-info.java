/**
 * The transport seam: a {@link dev.sfstream.streaming.spi.Transport} carries events between Salesforce and a
 * streaming session (CometD is built in; {@code sfstream-pubsub} adds the Pub/Sub API), while the session keeps
 * what every transport shares, offered through {@link dev.sfstream.streaming.spi.StreamContext}: delivery to
 * handlers with backpressure, the per-channel watermark, the replay store, start positions and fallbacks.
 */
package dev.sfstream.streaming.spi;
