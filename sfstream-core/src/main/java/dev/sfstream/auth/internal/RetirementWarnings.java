package dev.sfstream.auth.internal;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings that still work but that Salesforce is retiring, each with the date and the fix. The original's
 * defaults ({@code AUTH soap}, {@code API_VERSION 37.0}) stay for compatibility, so they are warned about instead.
 */
public final class RetirementWarnings {
    /** Versions below this one are deprecated in Summer '27 and retired in Summer '28. */
    static final double FIRST_LASTING_API_VERSION = 41.0;

    private RetirementWarnings() {
    }

    /** The warnings that apply to {@code settings}, empty when none does. */
    public static List<String> of(LoginSettings settings) {
        List<String> warnings = new ArrayList<>();
        if (settings.flow() == AuthFlow.SOAP) {
            warnings.add("SALESFORCE.AUTH soap logs in with SOAP login(), which Salesforce removed from API 65.0, "
                    + "turned off by default in orgs created from Winter '26 and retires in Summer '27: set AUTH to "
                    + "jwt (or client_credentials, refresh_token or password) with a connected app");
        }
        if (Double.parseDouble(settings.apiVersion()) < FIRST_LASTING_API_VERSION) {
            warnings.add("SALESFORCE.API_VERSION " + settings.apiVersion() + " is one of the versions 31.0-40.0 that "
                    + "Salesforce deprecates in Summer '27 and retires in Summer '28: set API_VERSION to a current "
                    + "version such as 64.0");
        }
        return warnings;
    }
}
