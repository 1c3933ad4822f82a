package dev.sfstream.emulator.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.internal.records.FieldType;
import dev.sfstream.emulator.internal.records.SObjectCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class EventDefinitionsTest {
    private final SObjectCatalog catalog = new SObjectCatalog();
    private final EventDefinitions definitions = new EventDefinitions(catalog);

    @Test
    void aDeclaredEventHasTheStandardFieldsThenTheDeclaredOnesWithTheirTypes() {
        Map<String, FieldType> fields = new LinkedHashMap<>();
        fields.put("Amount__c", FieldType.DOUBLE);
        fields.put("Due__c", FieldType.DATETIME);

        Schema schema = definitions.declare("Order__e", fields).schema();

        assertThat(schema.getFields()).extracting(Schema.Field::name)
                .containsExactly("CreatedDate", "CreatedById", "Amount__c", "Due__c");
        assertThat(schema.getField("Due__c").schema().getTypes().get(1).getType()).isEqualTo(Schema.Type.LONG);
        assertThat(catalog.require("Order__e").field("Amount__c").orElseThrow().type()).isEqualTo(FieldType.DOUBLE);
    }

    @Test
    void theSchemaIdStaysWhileTheDefinitionDoesAndChangesWithANewField() {
        String first = definitions.schemaId("/event/Alert__e", Map.of("Level__c", "high"));
        String same = definitions.schemaId("/event/Alert__e", Map.of("Level__c", "low"));
        String extended = definitions.schemaId("/event/Alert__e", Map.of("Level__c", "low", "Count__c", 2));

        assertThat(first).hasSize(22).isEqualTo(same).isNotEqualTo(extended);
        assertThat(definitions.byId(first)).isPresent();
        assertThat(definitions.current("/event/Alert__e").orElseThrow().id()).isEqualTo(extended);
        assertThat(definitions.byId(extended).orElseThrow().schema().getField("Count__c").schema().getTypes().get(1)
                .getType()).isEqualTo(Schema.Type.DOUBLE);
    }

    @Test
    void aChangeEventFollowsItsObjectsFields() {
        RegisteredSchema before = definitions.current("/data/Invoice__ChangeEvent").orElseThrow();
        catalog.require("Invoice__c").fieldOrCustom("Total__c", 1.0);
        RegisteredSchema after = definitions.current("/data/Invoice__ChangeEvent").orElseThrow();

        assertThat(before.schema().getName()).isEqualTo("Invoice__ChangeEvent");
        assertThat(before.schema().getFields().get(0).name()).isEqualTo("ChangeEventHeader");
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.schema().getField("Total__c")).isNotNull();
        assertThat(definitions.current("/data/ChangeEvents")).isEmpty();
    }

    @Test
    void onlyPlatformEventNamesCanBeDeclared() {
        assertThatThrownBy(() -> definitions.declare("Account", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("__e");
    }
}
