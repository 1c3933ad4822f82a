package dev.sfstream.emulator.internal.records;

/** What sort of sObject type: a standard object, a custom {@code __c} object or a platform event. */
public enum SObjectKind {
    STANDARD, CUSTOM, PLATFORM_EVENT
}
