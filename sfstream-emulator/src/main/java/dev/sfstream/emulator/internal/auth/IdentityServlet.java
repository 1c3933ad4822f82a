package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.internal.http.JsonCodec;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import dev.sfstream.emulator.spi.Principal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The identity URL {@code GET /id/{orgId}/{userId}} and OpenID {@code GET /services/oauth2/userinfo}, both
 * for the bearer of a valid access token ({@code 403 Bad_OAuth_Token} otherwise).
 */
public final class IdentityServlet extends HttpServlet {
    private static final String API_VERSION = "65.0";

    private final transient OrgFixture org;
    private final transient TokenRegistry tokens;
    private final transient JsonCodec json;
    private final boolean userInfo;

    public IdentityServlet(OrgFixture org, TokenRegistry tokens, JsonCodec json, boolean userInfo) {
        this.org = org;
        this.tokens = tokens;
        this.json = json;
        this.userInfo = userInfo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Principal> principal = tokens.authenticate(request.getHeader("Authorization"));
        if (principal.isEmpty()) {
            HttpIo.write(response, 403, "text/plain;charset=UTF-8", "Bad_OAuth_Token");
            return;
        }
        EmulatorUser user = org.user(principal.get().username()).orElseThrow();
        String base = HttpIo.baseUrl(request);
        if (!userInfo && !pathNamesUser(request.getPathInfo(), user)) {
            HttpIo.write(response, 403, "text/plain;charset=UTF-8", "Bad_Id");
            return;
        }
        HttpIo.write(response, 200, HttpIo.JSON, json.write(userInfo ? userInfo(base, user) : identity(base, user)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private boolean pathNamesUser(String pathInfo, EmulatorUser user) {
        String[] parts = pathInfo == null ? new String[0] : pathInfo.replaceAll("^/|/$", "").split("/");
        return parts.length == 2
                && SalesforceIds.canonical(parts[0]).filter(org.orgId()::equals).isPresent()
                && SalesforceIds.canonical(parts[1]).filter(user.userId()::equals).isPresent();
    }

    private Map<String, Object> identity(String base, EmulatorUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", base + "/id/" + org.orgId() + "/" + user.userId());
        body.put("asserted_user", true);
        body.put("user_id", user.userId());
        body.put("organization_id", org.orgId());
        body.put("username", user.username());
        body.put("nick_name", user.username().split("@")[0]);
        body.put("display_name", user.fullName());
        body.put("email", user.email());
        body.put("email_verified", true);
        body.put("first_name", user.firstName());
        body.put("last_name", user.lastName());
        body.put("timezone", "GMT");
        body.put("photos", Map.of());
        body.put("status", Map.of());
        putUrlsAndLocale(body, base);
        body.put("is_app_installed", true);
        return body;
    }

    private Map<String, Object> userInfo(String base, EmulatorUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", base + "/id/" + org.orgId() + "/" + user.userId());
        body.put("user_id", user.userId());
        body.put("organization_id", org.orgId());
        body.put("preferred_username", user.username());
        body.put("nickname", user.username().split("@")[0]);
        body.put("name", user.fullName());
        body.put("email", user.email());
        body.put("email_verified", true);
        body.put("given_name", user.firstName());
        body.put("family_name", user.lastName());
        body.put("zoneinfo", "GMT");
        body.put("photos", Map.of());
        putUrlsAndLocale(body, base);
        return body;
    }

    /** The fields that the identity and userinfo replies share, in the order Salesforce sends them. */
    private void putUrlsAndLocale(Map<String, Object> body, String base) {
        body.put("urls", urls(base));
        body.put("active", true);
        body.put("user_type", "STANDARD");
        body.put("language", "en_US");
        body.put("locale", "en_US");
        body.put("utcOffset", 0);
    }

    private Map<String, Object> urls(String base) {
        String data = base + "/services/data/v" + API_VERSION + "/";
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("partner", base + "/services/Soap/u/" + API_VERSION + "/" + org.orgId());
        urls.put("rest", data);
        urls.put("sobjects", data + "sobjects/");
        urls.put("query", data + "query/");
        urls.put("custom_domain", base);
        return urls;
    }
}
