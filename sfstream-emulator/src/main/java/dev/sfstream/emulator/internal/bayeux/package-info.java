/**
 * The emulator's Bayeux side: the CometD 8 server behind {@code /cometd/*} with Salesforce's semantics
 * (errors, advice, cookies, replay, retention, limits) and the session/publish control endpoints.
 * {@link dev.sfstream.emulator.internal.bayeux.StreamingEndpoint} is the entry point.
 */
package dev.sfstream.emulator.internal.bayeux;
