/** How sfstream-redis plugs into the container: the providers that the configuration keys select. */
package dev.sfstream.redis.internal;
