/** The request log and the auth/REST side's control endpoints under /__emulator__/. */
package dev.sfstream.emulator.internal.control;
