package dev.sfstream.pushtopic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.auth.EmulatorLogins;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrgLookupsTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    @Test
    void lookupsAreAnsweredOnceAndRemembered() {
        Emulator emulator = emulatorExtension.emulator();
        try (SalesforceLogin login = new SalesforceLogin(EmulatorLogins.password(emulator));
             SalesforceApi api = SalesforceApi.connect(login, RestSettings.defaults("37.0"))) {
            OrgLookups lookups = new OrgLookups(api);
            login.current();
            emulator.clearRequests();

            String recordTypeId = lookups.recordTypeId("Contact", "Student");
            assertThat(lookups.recordTypeId("Contact", "Student")).isEqualTo(recordTypeId).startsWith("012");
            String userId = lookups.userId(OrgFixture.DEFAULT_USERNAME);
            assertThat(lookups.userId(OrgFixture.DEFAULT_USERNAME)).isEqualTo(userId)
                    .isEqualTo(OrgFixture.defaults().users().get(0).userId());
            assertThat(lookups.hasField("Contact", "Name")).isTrue();
            assertThat(lookups.hasField("Contact", "Bogus")).isFalse();

            assertThat(emulator.requests()).filteredOn(r -> r.path().startsWith("/services/data/")).hasSize(3);
        }
    }
}
