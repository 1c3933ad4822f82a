package dev.sfstream.emulator.internal.records;

/** The describe type of a field, as Salesforce names it. */
public enum FieldType {
    ID("id"), STRING("string"), TEXTAREA("textarea"), BOOLEAN("boolean"), DOUBLE("double"), INTEGER("int"),
    CURRENCY("currency"), DATE("date"), DATETIME("datetime"), REFERENCE("reference"), PICKLIST("picklist"),
    EMAIL("email"), PHONE("phone");

    private final String describeName;

    FieldType(String describeName) {
        this.describeName = describeName;
    }

    public String describeName() {
        return describeName;
    }

    public boolean numeric() {
        return this == DOUBLE || this == INTEGER || this == CURRENCY;
    }
}
