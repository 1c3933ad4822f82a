package dev.sfstream.emulator;

import java.util.Objects;

/** A RecordType of the emulated org, e.g. {@code Student} on {@code Contact}. */
public record RecordTypeFixture(String sobjectType, String developerName, String name) {
    public RecordTypeFixture {
        Objects.requireNonNull(sobjectType, "sobjectType");
        Objects.requireNonNull(developerName, "developerName");
        name = name == null ? developerName : name;
    }
}
