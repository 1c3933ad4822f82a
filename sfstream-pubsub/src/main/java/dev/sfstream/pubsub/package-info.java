/**
 * The Salesforce Pub/Sub API as a streaming transport ({@link dev.sfstream.pubsub.PubSubTransportProvider}, chosen
 * with {@code SALESFORCE.TRANSPORT: pubsub}), and publishing platform events.
 */
package dev.sfstream.pubsub;
