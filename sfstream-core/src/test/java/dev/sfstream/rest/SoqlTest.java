package dev.sfstream.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SoqlTest {
    @Test
    void quotesAndEscapesLiterals() {
        assertThat(Soql.literal("Student")).isEqualTo("'Student'");
        assertThat(Soql.literal("O'Brien")).isEqualTo("'O\\'Brien'");
        assertThat(Soql.literal("a\\' OR Name != '")).isEqualTo("'a\\\\\\' OR Name != \\''");
        assertThat(Soql.literal("line\nbreak\t\"q\"")).isEqualTo("'line\\nbreak\\t\\\"q\\\"'");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Soql.literal(null)).hasMessage("a SOQL literal needs a value, not null");
    }
}
