/** How the starter builds the services from the context: configuration keys, bean scope and instances, health. */
package dev.sfstream.spring.boot.internal;
