package dev.sfstream.salesforce.internal;

import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.auth.Session;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;

/**
 * One service's logged-in access to Salesforce: the session source shared by the REST client and the
 * streaming session (so a rejected token causes one login), and the REST client.
 *
 * @param settings the checked {@code SALESFORCE} section
 * @param login the session source
 * @param api the REST client
 * @param session the session of the first login
 * @param clientName what the REST calls carry in {@code Sforce-Call-Options: client=...}
 */
public record SalesforceConnection(SalesforceSettings settings, SalesforceLogin login, SalesforceApi api,
                                   Session session, String clientName) implements AutoCloseable {
    /**
     * Logs in (failing here when the credentials are refused) and opens the REST client, whose calls carry
     * {@code Sforce-Call-Options: client=clientName}.
     */
    public static SalesforceConnection open(SalesforceSettings settings, String clientName) {
        SalesforceLogin login = new SalesforceLogin(SettingsMapping.login(settings));
        try {
            Session session = login.current();
            SalesforceApi api = SalesforceApi.connect(login, RestSettings.defaults(settings.apiVersion())
                    .withClientName(clientName));
            return new SalesforceConnection(settings, login, api, session, clientName);
        } catch (RuntimeException failure) {
            login.close();
            throw failure;
        }
    }

    @Override
    public void close() {
        try {
            api.close();
        } finally {
            login.close();
        }
    }
}
