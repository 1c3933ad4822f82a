/** The Pub/Sub transport's implementation: gRPC streams, flow control, recovery, Avro decoding. */
package dev.sfstream.pubsub.internal;
