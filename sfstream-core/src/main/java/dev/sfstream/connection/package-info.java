/** How sfstream reaches Salesforce over the network: TLS trust and keys, and HTTP proxies. */
package dev.sfstream.connection;
