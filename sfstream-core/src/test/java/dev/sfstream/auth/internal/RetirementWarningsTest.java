package dev.sfstream.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import org.junit.jupiter.api.Test;

/** The start warnings about settings Salesforce is retiring: each names the date and the fix. */
class RetirementWarningsTest {
    private static LoginSettings.Builder soap() {
        return LoginSettings.builder(AuthFlow.SOAP).username("u").password("p").securityToken("");
    }

    @Test
    void theOriginalsDefaultsGetBothWarnings() {
        assertThat(RetirementWarnings.of(soap().build())).satisfiesExactly(
                soap -> assertThat(soap).contains("AUTH soap", "Summer '27", "set AUTH to jwt"),
                version -> assertThat(version).contains("API_VERSION 37.0", "Summer '28", "set API_VERSION"));
    }

    @Test
    void jwtAtACurrentVersionGetsNone() {
        LoginSettings jwt = LoginSettings.builder(AuthFlow.JWT).username("u").clientId("c")
                .jwtKeyFile(java.nio.file.Path.of("key.pem")).apiVersion("64.0").build();
        assertThat(RetirementWarnings.of(jwt)).isEmpty();
        assertThat(RetirementWarnings.of(soap().apiVersion("41.0").build())).hasSize(1);
    }
}
