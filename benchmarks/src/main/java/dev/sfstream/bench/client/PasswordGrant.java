package dev.sfstream.bench.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.FormRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.Fields;

/**
 * The OAuth username-password login with Jetty's HTTP client and Jackson, nothing else: what a bare client needs
 * to get a token, without loading sfstream's login.
 *
 * @param accessToken the token to send as {@code Authorization: Bearer}
 * @param instanceUrl the instance to connect to
 */
public record PasswordGrant(String accessToken, String instanceUrl) {

    /** Logs in at {@code loginUrl}; the password is sent followed by the security token, as Salesforce wants. */
    public static PasswordGrant login(String loginUrl, String username, String password, String securityToken,
                                      String clientId, String clientSecret) throws Exception {
        HttpClient http = new HttpClient();
        http.start();
        try {
            Fields form = new Fields();
            form.put("grant_type", "password");
            form.put("client_id", clientId);
            form.put("client_secret", clientSecret);
            form.put("username", username);
            form.put("password", password + securityToken);
            ContentResponse response = http.POST(loginUrl + "/services/oauth2/token")
                    .body(new FormRequestContent(form)).send();
            if (response.getStatus() != 200) {
                throw new IllegalStateException("the password grant at " + loginUrl + " answered HTTP "
                        + response.getStatus());
            }
            Map<?, ?> token = new ObjectMapper().readValue(response.getContent(), Map.class);
            return new PasswordGrant(String.valueOf(token.get("access_token")), String.valueOf(token.get("instance_url")));
        } finally {
            http.stop();
        }
    }

    @Override
    public String toString() {
        return "PasswordGrant[instanceUrl=" + instanceUrl + "]";
    }
}
