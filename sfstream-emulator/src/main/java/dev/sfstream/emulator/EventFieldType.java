package dev.sfstream.emulator;

/** The type of a declared platform event field, as Setup names it; dates travel as epoch milliseconds on Pub/Sub. */
public enum EventFieldType {
    TEXT, LONG_TEXT_AREA, NUMBER, CHECKBOX, DATE, DATETIME
}
