/**
 * The Salesforce Streaming API session: one CometD long-polling session per service that subscribes every
 * channel with its replay position, recovers from every error Salesforce or the network produces, and
 * reports its state. Start with {@link dev.sfstream.streaming.StreamingSession#builder}.
 */
package dev.sfstream.streaming;
