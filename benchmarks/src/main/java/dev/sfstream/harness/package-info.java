/** What the benchmarks and the reliability suite share: a private Redis, emulator logins, the machine description. */
package dev.sfstream.harness;
