/** {@code sfstream replay show | set | reset}: the replay positions services keep in Redis. */
package dev.sfstream.cli.replay;
