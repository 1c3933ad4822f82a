/** The measured scenarios: burst throughput, latency at a fixed rate, catch-up after downtime; one client at a time. */
package dev.sfstream.bench.scenario;
