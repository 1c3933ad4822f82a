package dev.sfstream.auth.internal;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The token flow: an access token obtained elsewhere, with its instance URL. The user is read from the
 * userinfo endpoint. Such a token cannot be renewed, so a second login fails with a clear error.
 */
final class GivenTokenLogin implements LoginFlow {
    private static final AuthFlow FLOW = AuthFlow.TOKEN;

    private final LoginHttp http;
    private final String accessToken;
    private final URI instanceUrl;
    private final Clock clock;
    private final AtomicBoolean handedOut = new AtomicBoolean();

    GivenTokenLogin(LoginHttp http, String accessToken, URI instanceUrl, Clock clock) {
        this.http = http;
        this.accessToken = accessToken;
        this.instanceUrl = instanceUrl;
        this.clock = clock;
    }

    @Override
    public Session login() {
        if (handedOut.get()) {
            throw new LoginException(FLOW.configName(), "INVALID_SESSION_ID", "Salesforce rejected the access token "
                    + "given in SALESFORCE.ACCESS_TOKEN and AUTH token cannot renew it; use AUTH refresh_token, jwt, "
                    + "client_credentials or password for sessions that must outlive their token", null);
        }
        Identity identity = Identity.fromUserInfo(http, FLOW, instanceUrl, accessToken);
        handedOut.set(true);
        return new Session(accessToken, instanceUrl, identity.userId(), identity.orgId(), clock.instant());
    }
}
