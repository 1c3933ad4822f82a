package dev.sfstream.emulator.internal.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The fields of one sObject type. Standard fields are fixed; custom fields ({@code *__c}) join the schema
 * the first time a record sets them, so any custom field can be used without declaring it.
 */
public final class SObjectSchema {
    private static final Pattern CUSTOM_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__c");

    private final String name;
    private final String keyPrefix;
    private final SObjectKind kind;
    private final List<String> requiredFields;
    private final List<FieldSpec> fields = new CopyOnWriteArrayList<>();
    private final Map<String, FieldSpec> byLowerName = new ConcurrentHashMap<>();

    public SObjectSchema(String name, String keyPrefix, SObjectKind kind, List<FieldSpec> standardFields,
                         List<String> requiredFields) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.kind = kind;
        this.requiredFields = List.copyOf(requiredFields);
        standardFields.forEach(this::add);
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public SObjectKind kind() {
        return kind;
    }

    public List<String> requiredFields() {
        return requiredFields;
    }

    public List<FieldSpec> fields() {
        return List.copyOf(fields);
    }

    /** The field with this name in any letter case; custom fields are created on first use. */
    public Optional<FieldSpec> field(String fieldName) {
        FieldSpec known = byLowerName.get(fieldName.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.empty();
    }

    /** Looks a field up, adding it when it is a well-formed custom field name. */
    public Optional<FieldSpec> fieldOrCustom(String fieldName, Object sampleValue) {
        Optional<FieldSpec> known = field(fieldName);
        if (known.isPresent() || !CUSTOM_FIELD.matcher(fieldName).matches()) {
            return known;
        }
        synchronized (this) {
            return Optional.of(byLowerName.computeIfAbsent(fieldName.toLowerCase(Locale.ROOT), k -> {
                FieldSpec spec = FieldSpec.writable(fieldName, inferType(sampleValue));
                fields.add(spec);
                return spec;
            }));
        }
    }

    /** Declares a writable field with its type unless the type already has a field of that name. */
    public synchronized void declareField(String fieldName, FieldType type) {
        if (field(fieldName).isEmpty()) {
            add(FieldSpec.writable(fieldName, type));
        }
    }

    /** Whether SOQL may name this field: a known field, or any custom field name (it reads as null). */
    public boolean queryable(String fieldName) {
        return field(fieldName).isPresent() || CUSTOM_FIELD.matcher(fieldName).matches();
    }

    public boolean hasField(String fieldName) {
        return field(fieldName).isPresent();
    }

    private void add(FieldSpec spec) {
        fields.add(spec);
        byLowerName.put(spec.name().toLowerCase(Locale.ROOT), spec);
    }

    private static FieldType inferType(Object value) {
        if (value instanceof Boolean) {
            return FieldType.BOOLEAN;
        }
        if (value instanceof Number) {
            return FieldType.DOUBLE;
        }
        return FieldType.STRING;
    }
}
