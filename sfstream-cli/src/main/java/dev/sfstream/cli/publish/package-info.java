/** {@code sfstream publish EVENT__e --json '{...}'}: publishes one platform event. */
package dev.sfstream.cli.publish;
