package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.FieldSpec;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.stream.Collectors;

/** Stable schema ids for event payloads: a 22-character hash of the type's name and field list. */
final class EventSchemas {
    private EventSchemas() {
    }

    static String schemaId(SObjectSchema schema) {
        String fields = schema.fields().stream().map(FieldSpec::name).sorted().collect(Collectors.joining(","));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((schema.name() + ":" + fields).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
