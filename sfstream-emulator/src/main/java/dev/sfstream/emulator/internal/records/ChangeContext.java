package dev.sfstream.emulator.internal.records;

import dev.sfstream.emulator.spi.Principal;

/**
 * Who made a change and through which API: the user, the API surface ({@code rest}, {@code soap}), its
 * version, and the client named in {@code Sforce-Call-Options: client=...} (null when none).
 */
public record ChangeContext(Principal user, String api, String apiVersion, String callOptionsClient) {
    /** The CDC {@code changeOrigin}: {@code com/salesforce/api/rest/60.0;client=x}. */
    public String changeOrigin() {
        String origin = "com/salesforce/api/" + api + "/" + apiVersion;
        return callOptionsClient == null ? origin : origin + ";client=" + callOptionsClient;
    }
}
