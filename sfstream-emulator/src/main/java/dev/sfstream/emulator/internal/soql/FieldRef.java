package dev.sfstream.emulator.internal.soql;

/** A field named in a statement, with where it was written (for error carets). */
public record FieldRef(String name, int row, int column) {
    public boolean isRelationship() {
        return name.contains(".");
    }
}
