/**
 * The whole-service soak ({@code benchmarks/run soak --service}): the real container with a service class, Nameko
 * events to RabbitMQ, the Redis replay store and a Pub/Sub channel, reached through relays the run cuts, and a ledger
 * over both hops (Salesforce to handler, handler to a RabbitMQ queue).
 */
package dev.sfstream.soak.service;
