/**
 * Redis for sfstream: the replay store (nameko-salesforce's keys and TTL) and a dead-letter list.
 */
package dev.sfstream.redis;
