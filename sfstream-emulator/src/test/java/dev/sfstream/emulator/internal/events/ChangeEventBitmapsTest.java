package dev.sfstream.emulator.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.records.SObjectCatalog;
import java.math.BigInteger;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class ChangeEventBitmapsTest {
    private final Schema contact = AvroSchemas.of(ChangeEventDefinitions.of(new SObjectCatalog().require("Contact")));

    @Test
    void topLevelFieldsAreBitsOfElementZeroInUpperCaseWholeBytes() {
        int first = contact.getField("Email").pos();
        int second = contact.getField("Phone").pos();

        List<String> bitmaps = ChangeEventBitmaps.encode(List.of("Email", "Phone"), contact);

        BigInteger expected = BigInteger.ZERO.setBit(first).setBit(second);
        assertThat(bitmaps).hasSize(1);
        assertThat(bitmaps.get(0)).startsWith("0x").matches("0x([0-9A-F]{2})+");
        assertThat(new BigInteger(bitmaps.get(0).substring(2), 16)).isEqualTo(expected);
    }

    @Test
    void partsOfACompoundFieldGoInAnEntryNamedByTheParentPosition() {
        int name = contact.getField("Name").pos();

        assertThat(ChangeEventBitmaps.encode(List.of("LastName"), contact)).containsExactly("0x00", name + "-0x02");
        assertThat(ChangeEventBitmaps.encode(List.of("Name.FirstName"), contact))
                .containsExactly("0x00", name + "-0x01");
    }

    @Test
    void noNamesIsAnEmptyList() {
        assertThat(ChangeEventBitmaps.encode(List.of(), contact)).isEmpty();
    }
}
