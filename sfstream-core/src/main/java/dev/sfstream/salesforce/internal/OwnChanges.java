package dev.sfstream.salesforce.internal;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.rest.RestSettings;
import java.util.Locale;

/**
 * {@code SKIP_OWN_CHANGES}: the name a service's REST calls carry in {@code Sforce-Call-Options: client=...},
 * which Change Data Capture repeats in {@code changeOrigin}, so that the service can pass over its own writes.
 */
final class OwnChanges {
    private static final int MAX_CLIENT_NAME = 64;

    private OwnChanges() {
    }

    /** The client name of a service's REST calls: its own with {@code SKIP_OWN_CHANGES}, sfstream's otherwise. */
    static String clientName(SalesforceSettings settings, String serviceName) {
        if (!settings.skipOwnChanges()) {
            return RestSettings.DEFAULT_CLIENT_NAME;
        }
        String name = "sfstream-" + serviceName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
        return name.length() > MAX_CLIENT_NAME ? name.substring(0, MAX_CLIENT_NAME) : name;
    }
}
