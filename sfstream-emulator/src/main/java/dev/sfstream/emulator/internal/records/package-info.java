/** The org's data: sObject types and fields, record ids, the thread-safe record store and its change events. */
package dev.sfstream.emulator.internal.records;
