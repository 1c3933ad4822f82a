package dev.sfstream.emulator.internal.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesforceIdsTest {
    @Test
    void checksumFollowsTheUppercaseBitsOfEachBlock() {
        assertThat(SalesforceIds.withChecksum("001D000000IqhSL")).isEqualTo("001D000000IqhSLIAZ");
        assertThat(SalesforceIds.withChecksum("00Dxx0000001gPL")).isEqualTo("00Dxx0000001gPLEAY");
    }

    @Test
    void canonicalAcceptsBothLengthsAndAnyCaseOfTheSuffix() {
        assertThat(SalesforceIds.canonical("001D000000IqhSL")).hasValue("001D000000IqhSLIAZ");
        assertThat(SalesforceIds.canonical("001D000000IqhSLiaz")).hasValue("001D000000IqhSLIAZ");
        assertThat(SalesforceIds.canonical("001D000000IqhSLAAA")).isEmpty();
        assertThat(SalesforceIds.canonical("not-an-id")).isEmpty();
    }

    @Test
    void freshIdsHaveThePrefixAndAValidChecksum() {
        SalesforceIds ids = new SalesforceIds();

        String first = ids.next("003");
        String second = ids.next("003");

        assertThat(first).hasSize(18).startsWith("003").isNotEqualTo(second);
        assertThat(SalesforceIds.canonical(first)).hasValue(first);
    }
}
