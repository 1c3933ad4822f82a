/**
 * What goes wrong, as values: the base exception of sfstream, the mark of a dependency that is unavailable (as
 * opposed to an event a handler cannot take), the failure a session reports, and the one back-off policy.
 */
package dev.sfstream.failure;
