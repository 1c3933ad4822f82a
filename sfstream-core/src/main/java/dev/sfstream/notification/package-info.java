/** The notification a handler receives: typed access to the Streaming API event plus its raw data. */
package dev.sfstream.notification;
