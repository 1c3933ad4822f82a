/**
 * The Salesforce Pub/Sub API (gRPC) on its own port: GetTopic, GetSchema, Subscribe with flow control and
 * keepalives, Publish and PublishStream, Salesforce's error statuses with the {@code error-code} trailer, and
 * fault injection. It reads and writes the one event store the Bayeux side owns.
 */
package dev.sfstream.emulator.internal.pubsub;
