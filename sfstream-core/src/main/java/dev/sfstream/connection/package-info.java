/**
 * How sfstream reaches Salesforce over the network: TLS trust and keys, and HTTP proxies.
 *
 * <p>Not yet applied to the Pub/Sub (gRPC) transport, which does not exist here yet: it is to take the same
 * {@link dev.sfstream.connection.NetworkSettings} from {@code SessionSource.network()}, its trust from the
 * {@code SSLContext} that {@code internal.TlsContexts} builds and its HTTP CONNECT proxy from
 * {@code internal.ProxyChoice} (gRPC's {@code ProxyDetector}), and explain failures with
 * {@code internal.NetworkFailures}.
 */
package dev.sfstream.connection;
