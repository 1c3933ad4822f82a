package dev.sfstream.emulator.internal.soql;

/** Marker values for SOQL literals that have no Java counterpart. */
public enum SoqlLiteral {
    /** The {@code null} keyword. */
    NULL
}
