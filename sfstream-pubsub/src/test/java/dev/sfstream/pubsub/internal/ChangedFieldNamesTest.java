package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The bitmap field lists of a change event header name the same fields CometD lists. */
class ChangedFieldNamesTest {
    private static final Schema SCHEMA = new Schema.Parser().parse("""
            {"type": "record", "name": "ContactChangeEvent", "fields": [
              {"name": "ChangeEventHeader", "type": "string"},
              {"name": "Name", "type": ["null", {"type": "record", "name": "Name", "fields": [
                {"name": "Salutation", "type": ["null", "string"]},
                {"name": "FirstName", "type": ["null", "string"]},
                {"name": "LastName", "type": ["null", "string"]}]}]},
              {"name": "Phone", "type": ["null", "string"]},
              {"name": "Email", "type": ["null", "string"]},
              {"name": "A", "type": ["null", "string"]}, {"name": "B", "type": ["null", "string"]},
              {"name": "C", "type": ["null", "string"]}, {"name": "D", "type": ["null", "string"]},
              {"name": "Industry", "type": ["null", "string"]}]}
            """);

    @Test
    void bitIOfTheFirstElementNamesTopLevelFieldI() {
        assertThat(ChangedFieldNames.decode(List.of("0x0C"), SCHEMA)).containsExactly("Phone", "Email");
    }

    @Test
    void bitmapsLongerThanAByteReadAsOneBigNumber() {
        assertThat(ChangedFieldNames.decode(List.of("0x0104"), SCHEMA)).containsExactly("Phone", "Industry");
    }

    @Test
    void aNestedBitmapNamesPartsOfTheCompoundFieldAtItsPosition() {
        assertThat(ChangedFieldNames.decode(List.of("0x08", "1-0x06"), SCHEMA))
                .containsExactly("Email", "Name.FirstName", "Name.LastName");
    }

    @Test
    void anEmptyListNamesNothing() {
        assertThat(ChangedFieldNames.decode(List.of(), SCHEMA)).isEmpty();
    }

    @Test
    void aBitPastTheSchemaIsAnError() {
        assertThatThrownBy(() -> ChangedFieldNames.decode(List.of("0x8000"), SCHEMA))
                .hasMessageContaining("bit 15");
    }
}
