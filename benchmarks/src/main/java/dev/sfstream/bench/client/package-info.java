/**
 * The subscribers compared by the benchmarks: a bare CometD client, sfstream, and a long-poll loop that parses
 * nothing (the floor).
 */
package dev.sfstream.bench.client;
