/** Writes a benchmark run as JSON, a Markdown table and PNG charts (Java2D, headless). */
package dev.sfstream.bench.report;
