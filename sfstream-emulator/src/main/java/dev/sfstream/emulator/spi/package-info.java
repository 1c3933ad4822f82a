/**
 * Contracts between the emulator's parts: the auth and REST side (tokens, records, PushTopics,
 * notifications) and the Bayeux side (sessions, channels, replay). Internal to the emulator.
 */
package dev.sfstream.emulator.spi;
