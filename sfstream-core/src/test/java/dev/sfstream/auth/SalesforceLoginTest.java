package dev.sfstream.auth;

import dev.sfstream.connection.EmulatorTrust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.ConnectedApp;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceLoginTest {
    private static final String DEFAULT_USER_ID = OrgFixture.defaults().users().get(0).userId();

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    @Test
    void soapLoginGivesTheSessionWithUserAndOrgFromTheLoginResponse() {
        Emulator emulator = EMULATOR.emulator();
        try (SalesforceLogin login = new SalesforceLogin(EmulatorLogins.soap(emulator))) {
            Session session = login.current();
            assertThat(session.accessToken()).isNotBlank();
            assertThat(session.instanceUrl()).isEqualTo(URI.create(emulator.baseUrl()));
            assertThat(session.userId()).isEqualTo(DEFAULT_USER_ID);
            assertThat(session.orgId()).isEqualTo(emulator.fixture().orgId());
            assertThat(login.current()).isSameAs(session);
        }
        assertThat(emulator.requests()).anyMatch(r -> r.path().equals("/services/Soap/u/37.0"));
    }

    @Test
    void soapLoginWithAWrongPasswordNamesTheFlowAndSalesforcesFaultButNotThePassword() {
        LoginSettings wrong = LoginSettings.builder(AuthFlow.SOAP).loginUrl(URI.create(EMULATOR.baseUrl()))
                .network(EmulatorTrust.network(EMULATOR.emulator()))
                .username(OrgFixture.DEFAULT_USERNAME).password("Wrong-Pass-123").securityToken("TOKEN").build();
        try (SalesforceLogin login = new SalesforceLogin(wrong)) {
            assertThatThrownBy(login::current)
                    .isInstanceOfSatisfying(LoginException.class, e -> {
                        assertThat(e.flow()).isEqualTo("soap");
                        assertThat(e.errorCode()).isEqualTo("INVALID_LOGIN");
                    })
                    .hasMessageContaining("AUTH soap")
                    .hasMessageContaining("INVALID_LOGIN: Invalid username, password, security token; or user locked out.")
                    .message().doesNotContain("Wrong-Pass-123");
        }
    }

    @Test
    void passwordFlowTakesTheUserIdFromTheIdentityUrl() {
        try (SalesforceLogin login = new SalesforceLogin(EmulatorLogins.password(EMULATOR.emulator()))) {
            Session session = login.current();
            assertThat(session.userId()).isEqualTo(DEFAULT_USER_ID);
            assertThat(session.orgId()).isEqualTo(EMULATOR.emulator().fixture().orgId());
        }
        assertThat(EMULATOR.emulator().requests()).noneMatch(r -> r.path().contains("/query"));
    }

    @Test
    void passwordFlowFailuresCarrySalesforcesErrorAndNoSecret() {
        LoginSettings wrongPassword = EmulatorLogins.passwordBuilder(EMULATOR.emulator()).password("Wrong-Pass-123")
                .build();
        try (SalesforceLogin login = new SalesforceLogin(wrongPassword)) {
            assertThatThrownBy(login::current).isInstanceOfSatisfying(LoginException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("invalid_grant"))
                    .hasMessageContaining("AUTH password")
                    .hasMessageContaining("invalid_grant: authentication failure")
                    .message().doesNotContain("Wrong-Pass-123", OrgFixture.CONSUMER_SECRET);
        }
        LoginSettings wrongSecret = EmulatorLogins.passwordBuilder(EMULATOR.emulator()).clientSecret("not-the-secret")
                .build();
        try (SalesforceLogin login = new SalesforceLogin(wrongSecret)) {
            assertThatThrownBy(login::current).hasMessageContaining("invalid_client: invalid client credentials")
                    .message().doesNotContain("not-the-secret");
        }
    }

    @Test
    void refreshTokenFlowLogsInAndARevokedRefreshTokenFailsClearly() throws Exception {
        Emulator emulator = EMULATOR.emulator();
        LoginSettings settings = LoginSettings.builder(AuthFlow.REFRESH_TOKEN).loginUrl(URI.create(emulator.baseUrl()))
                .network(EmulatorTrust.network(emulator))
                .clientId(OrgFixture.CONSUMER_KEY).clientSecret(OrgFixture.CONSUMER_SECRET)
                .refreshToken(OrgFixture.DEFAULT_REFRESH_TOKEN).build();
        try (SalesforceLogin login = new SalesforceLogin(settings)) {
            assertThat(login.current().userId()).isEqualTo(DEFAULT_USER_ID);
            RawHttp.postForm(emulator, "/services/oauth2/revoke",
                    "token=" + OrgFixture.DEFAULT_REFRESH_TOKEN);
            assertThatThrownBy(() -> login.renew(login.current()))
                    .isInstanceOfSatisfying(LoginException.class, e -> assertThat(e.flow()).isEqualTo("refresh_token"))
                    .hasMessageContaining("invalid_grant: expired access/refresh token")
                    .message().doesNotContain(OrgFixture.DEFAULT_REFRESH_TOKEN);
        }
    }

    @Test
    void clientCredentialsFlowLogsInAsTheRunAsUserOnTheMyDomainHost() {
        try (SalesforceLogin login = new SalesforceLogin(clientCredentials(EMULATOR.emulator()))) {
            assertThat(login.current().userId()).isEqualTo(DEFAULT_USER_ID);
        }
    }

    @Test
    void aDisabledFlowFailsWithSalesforcesErrorNamingTheFlow() {
        OrgFixture noRunAsUser = OrgFixture.defaults().withConnectedApp(new ConnectedApp(OrgFixture.CONSUMER_KEY,
                OrgFixture.CONSUMER_SECRET, null, null));
        try (Emulator emulator = Emulator.builder().fastTimers().fixture(noRunAsUser).start();
             SalesforceLogin login = new SalesforceLogin(clientCredentials(emulator))) {
            assertThatThrownBy(login::current)
                    .isInstanceOfSatisfying(LoginException.class, e -> {
                        assertThat(e.flow()).isEqualTo("client_credentials");
                        assertThat(e.errorCode()).isEqualTo("invalid_grant");
                    })
                    .hasMessageContaining("AUTH client_credentials")
                    .hasMessageContaining("invalid_grant: no client credentials user enabled")
                    .message().doesNotContain(OrgFixture.CONSUMER_SECRET);
        }
    }

    @Test
    void tokenFlowReadsTheUserFromUserinfoAndCannotRenewARevokedToken() {
        Emulator emulator = EMULATOR.emulator();
        String token;
        try (SalesforceLogin password = new SalesforceLogin(EmulatorLogins.password(emulator))) {
            token = password.current().accessToken();
        }
        LoginSettings given = LoginSettings.builder(AuthFlow.TOKEN).accessToken(token)
                .network(EmulatorTrust.network(emulator))
                .instanceUrl(URI.create(emulator.baseUrl())).build();
        try (SalesforceLogin login = new SalesforceLogin(given)) {
            Session session = login.current();
            assertThat(session.userId()).isEqualTo(DEFAULT_USER_ID);
            assertThatThrownBy(() -> login.renew(session))
                    .isInstanceOfSatisfying(LoginException.class, e -> assertThat(e.flow()).isEqualTo("token"))
                    .hasMessageContaining("AUTH token cannot renew it")
                    .message().doesNotContain(token);
        }
    }

    @Test
    void unreachableLoginHostNamesTheFlowAndTheHost() {
        LoginSettings settings = LoginSettings.builder(AuthFlow.SOAP).loginUrl(URI.create("http://127.0.0.1:1"))
                .username("u").password("p").securityToken("t").build();
        try (SalesforceLogin login = new SalesforceLogin(settings)) {
            assertThatThrownBy(login::current).isInstanceOf(LoginException.class)
                    .hasMessageContaining("AUTH soap").hasMessageContaining("could not reach http://127.0.0.1:1");
        }
    }

    @Test
    void renewOfAnAlreadyRenewedSessionDoesNotLogInAgain() {
        Emulator emulator = EMULATOR.emulator();
        try (SalesforceLogin login = new SalesforceLogin(EmulatorLogins.password(emulator))) {
            Session first = login.current();
            Session second = login.renew(first);
            long logins = EmulatorLogins.tokenRequests(emulator);
            assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
            assertThat(login.renew(first)).isSameAs(second);
            assertThat(EmulatorLogins.tokenRequests(emulator)).isEqualTo(logins);
        }
    }

    @Test
    void tenConcurrentRenewalsOfOneRejectedSessionLogInOnce() throws Exception {
        Emulator emulator = EMULATOR.emulator();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try (SalesforceLogin login = new SalesforceLogin(EmulatorLogins.password(emulator))) {
            Session rejected = login.current();
            long before = EmulatorLogins.tokenRequests(emulator);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Session>> renewals = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                renewals.add(pool.submit(() -> {
                    start.await();
                    return login.renew(rejected);
                }));
            }
            start.countDown();
            Set<String> tokens = new HashSet<>();
            for (Future<Session> renewal : renewals) {
                tokens.add(renewal.get().accessToken());
            }
            assertThat(tokens).hasSize(1).doesNotContain(rejected.accessToken());
            assertThat(EmulatorLogins.tokenRequests(emulator) - before).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    static LoginSettings clientCredentials(Emulator emulator) {
        return LoginSettings.builder(AuthFlow.CLIENT_CREDENTIALS).loginUrl(URI.create(emulator.baseUrl()))
                .network(EmulatorTrust.network(emulator))
                .clientId(OrgFixture.CONSUMER_KEY).clientSecret(OrgFixture.CONSUMER_SECRET).build();
    }
}
