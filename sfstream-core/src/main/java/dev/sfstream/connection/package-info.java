/**
 * How sfstream reaches Salesforce over the network: TLS trust and keys, and HTTP proxies. Login, REST and CometD
 * apply {@link dev.sfstream.connection.NetworkSettings} to their Jetty clients here; the Pub/Sub (gRPC) transport
 * takes the same settings from {@code SessionSource.network()} and uses their public methods
 * ({@code sslContext()}, {@code proxyFor(host)}, {@code explain(...)}).
 */
package dev.sfstream.connection;
