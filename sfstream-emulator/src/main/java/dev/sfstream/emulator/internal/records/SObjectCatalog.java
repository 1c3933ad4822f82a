package dev.sfstream.emulator.internal.records;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Every sObject type of the emulated org: the standard ones, plus any custom object ({@code X__c}) or
 * platform event ({@code X__e}) the first time it is named, so tests need not declare them.
 */
public final class SObjectCatalog {
    private static final Pattern CUSTOM_OBJECT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__c");
    private static final Pattern PLATFORM_EVENT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__e");
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final Map<String, SObjectSchema> byLowerName = new ConcurrentHashMap<>();
    private final AtomicInteger customPrefixes = new AtomicInteger(1);

    public SObjectCatalog() {
        StandardObjects.all().forEach(schema -> byLowerName.put(lower(schema.name()), schema));
    }

    /** The type with this name in any letter case, creating custom objects and platform events on demand. */
    public Optional<SObjectSchema> find(String typeName) {
        if (typeName == null || typeName.isEmpty()) {
            return Optional.empty();
        }
        SObjectSchema known = byLowerName.get(lower(typeName));
        if (known != null) {
            return Optional.of(known);
        }
        if (CUSTOM_OBJECT.matcher(typeName).matches()) {
            return Optional.of(byLowerName.computeIfAbsent(lower(typeName),
                    k -> StandardObjects.custom(typeName, nextCustomPrefix())));
        }
        if (PLATFORM_EVENT.matcher(typeName).matches()) {
            return Optional.of(byLowerName.computeIfAbsent(lower(typeName),
                    k -> StandardObjects.platformEvent(typeName)));
        }
        return Optional.empty();
    }

    /** The type, or the REST 404 {@code NOT_FOUND} a real org answers for an unknown sObject in a URL. */
    public SObjectSchema require(String typeName) {
        return find(typeName).orElseThrow(ApiError::notFound);
    }

    /** The type that owns ids with this key prefix (custom and standard objects only). */
    public Optional<SObjectSchema> byKeyPrefix(String keyPrefix) {
        return byLowerName.values().stream()
                .filter(schema -> schema.kind() != SObjectKind.PLATFORM_EVENT)
                .filter(schema -> schema.keyPrefix().equals(keyPrefix))
                .findFirst();
    }

    public Collection<SObjectSchema> all() {
        return List.copyOf(byLowerName.values());
    }

    private String nextCustomPrefix() {
        int n = customPrefixes.getAndIncrement();
        return "a" + BASE36.charAt(n / 36 % 36) + BASE36.charAt(n % 36);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
