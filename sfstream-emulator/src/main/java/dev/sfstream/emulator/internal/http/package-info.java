/** HTTP and JSON helpers shared by the emulator's servlets. */
package dev.sfstream.emulator.internal.http;
