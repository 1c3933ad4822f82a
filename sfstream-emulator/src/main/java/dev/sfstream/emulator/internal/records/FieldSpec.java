package dev.sfstream.emulator.internal.records;

/**
 * One field of an sObject type.
 *
 * @param writable whether REST create/update may set it (system and compound fields may not)
 */
public record FieldSpec(String name, FieldType type, boolean writable, int length) {
    public static FieldSpec writable(String name, FieldType type) {
        return new FieldSpec(name, type, true, defaultLength(type));
    }

    public static FieldSpec readOnly(String name, FieldType type) {
        return new FieldSpec(name, type, false, defaultLength(type));
    }

    private static int defaultLength(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> 18;
            case STRING, PICKLIST, EMAIL, PHONE -> 255;
            case TEXTAREA -> 32_000;
            default -> 0;
        };
    }
}
