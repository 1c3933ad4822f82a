package dev.sfstream.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoginSettingsTest {
    @Test
    void soapNeedsUsernamePasswordAndSecurityTokenInTheOriginalsOrder() {
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.SOAP).build())
                .hasMessage("SALESFORCE.AUTH soap needs SALESFORCE.USERNAME");
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.SOAP).username("u").build())
                .hasMessage("SALESFORCE.AUTH soap needs SALESFORCE.PASSWORD");
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.SOAP).username("u").password("p").build())
                .hasMessage("SALESFORCE.AUTH soap needs SALESFORCE.SECURITY_TOKEN");
    }

    @Test
    void eachFlowNamesTheKeyItMisses() {
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.PASSWORD).username("u").password("p").build())
                .hasMessage("SALESFORCE.AUTH password needs SALESFORCE.CLIENT_ID");
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.JWT).username("u").clientId("c").build())
                .hasMessage("SALESFORCE.AUTH jwt needs SALESFORCE.JWT_KEY_FILE");
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.CLIENT_CREDENTIALS).clientId("c").clientSecret("s")
                .build()).hasMessageStartingWith("SALESFORCE.AUTH client_credentials needs SALESFORCE.LOGIN_URL");
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.REFRESH_TOKEN).clientId("c").build())
                .hasMessage("SALESFORCE.AUTH refresh_token needs SALESFORCE.REFRESH_TOKEN");
        assertThatThrownBy(() -> LoginSettings.builder(AuthFlow.TOKEN).accessToken("t").build())
                .hasMessage("SALESFORCE.AUTH token needs SALESFORCE.INSTANCE_URL");
    }

    @Test
    void soapLoginCombinedWithApi65SaysSoapLoginIsGoneThere() {
        assertThatThrownBy(() -> soap().apiVersion("65.0").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SALESFORCE.AUTH soap cannot be combined with SALESFORCE.API_VERSION 65.0")
                .hasMessageContaining("removed SOAP login() from API version 65.0");
        assertThat(soap().apiVersion("64.0").build().apiVersion()).isEqualTo("64.0");
    }

    @Test
    void apiVersionDefaultsToTheOriginalsAndMustLookLikeOne() {
        assertThat(soap().build().apiVersion()).isEqualTo("37.0");
        assertThatThrownBy(() -> soap().apiVersion("v37").build())
                .hasMessage("SALESFORCE.API_VERSION 'v37' is not an API version like 37.0");
    }

    @Test
    void loginHostFollowsSandboxUnlessLoginUrlOverridesIt() {
        assertThat(soap().build().effectiveLoginUrl()).isEqualTo(URI.create("https://login.salesforce.com"));
        assertThat(soap().sandbox(true).build().effectiveLoginUrl()).isEqualTo(URI.create("https://test.salesforce.com"));
        assertThat(soap().sandbox(true).loginUrl(URI.create("https://acme.my.salesforce.com")).build()
                .effectiveLoginUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));
        assertThat(soap().sandbox(true).build().effectiveJwtAudience()).isEqualTo("https://test.salesforce.com");
    }

    @Test
    void toStringShowsNoSecret() {
        LoginSettings settings = LoginSettings.builder(AuthFlow.PASSWORD).username("u@example.com")
                .password("hunter2").securityToken("TOKENVALUE").clientId("key").clientSecret("SECRETVALUE")
                .refreshToken("REFRESHVALUE").accessToken("ACCESSVALUE").jwtKeyPassword("KEYPASS")
                .jwtKeyFile(Path.of("key.pem")).build();
        assertThat(settings.toString()).contains("u@example.com", "password")
                .doesNotContain("hunter2", "TOKENVALUE", "SECRETVALUE", "REFRESHVALUE", "ACCESSVALUE", "KEYPASS");
    }

    @Test
    void authFlowIsReadFromItsConfigName() {
        assertThat(AuthFlow.fromConfigName("Client_Credentials")).isEqualTo(AuthFlow.CLIENT_CREDENTIALS);
        assertThatThrownBy(() -> AuthFlow.fromConfigName("oauth"))
                .hasMessage("SALESFORCE.AUTH 'oauth' is not a login flow; use one of soap, password, jwt, "
                        + "client_credentials, refresh_token, token");
    }

    private static LoginSettings.Builder soap() {
        return LoginSettings.builder(AuthFlow.SOAP).username("u").password("p").securityToken("t");
    }
}
