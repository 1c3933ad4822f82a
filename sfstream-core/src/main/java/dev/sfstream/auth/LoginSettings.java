package dev.sfstream.auth;

import dev.sfstream.connection.NetworkSettings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything needed to log in to Salesforce with one {@link AuthFlow}. Built from the
 * {@code SALESFORCE} config section or with {@link #builder(AuthFlow)}; the constructor checks that the
 * flow has what it needs and names the missing config key. {@link #toString()} never shows a secret.
 *
 * @param flow the login flow ({@code AUTH})
 * @param username the Salesforce username ({@code USERNAME})
 * @param password the user's password ({@code PASSWORD})
 * @param securityToken appended to the password by the SOAP and password flows ({@code SECURITY_TOKEN});
 *     may be empty for trusted IP ranges
 * @param sandbox log in at {@code test.salesforce.com} instead of {@code login.salesforce.com} ({@code SANDBOX})
 * @param apiVersion the API version, e.g. {@code 37.0} ({@code API_VERSION})
 * @param loginUrl the login host, overriding the one {@code sandbox} selects, e.g. a My Domain or the
 *     emulator ({@code LOGIN_URL}); null for the default
 * @param clientId the connected app's consumer key ({@code CLIENT_ID})
 * @param clientSecret the connected app's consumer secret ({@code CLIENT_SECRET})
 * @param jwtKeyFile the private key for the JWT flow: a PEM file, or a PKCS#12/JKS keystore ({@code JWT_KEY_FILE})
 * @param jwtKeyPassword the keystore's password, for a keystore {@code jwtKeyFile} ({@code JWT_KEY_PASSWORD})
 * @param jwtKeyAlias the key's alias in the keystore; null for its first key ({@code JWT_KEY_ALIAS})
 * @param jwtAudience the JWT {@code aud} claim; null for the login host {@code sandbox} selects
 * @param refreshToken the refresh token for the refresh token flow ({@code REFRESH_TOKEN})
 * @param accessToken the access token for the token flow ({@code ACCESS_TOKEN})
 * @param instanceUrl the instance the access token belongs to, for the token flow ({@code INSTANCE_URL})
 * @param timeout how long one login request may take
 * @param network TLS trust and proxy for login, REST and streaming; null for the JVM's settings
 */
public record LoginSettings(AuthFlow flow, String username, String password, String securityToken,
                            boolean sandbox, String apiVersion, URI loginUrl, String clientId,
                            String clientSecret, Path jwtKeyFile, String jwtKeyPassword, String jwtKeyAlias,
                            String jwtAudience, String refreshToken, String accessToken, URI instanceUrl,
                            Duration timeout, NetworkSettings network) {
    /** The original's default API version. */
    public static final String DEFAULT_API_VERSION = "37.0";
    /** The first API version whose SOAP endpoint no longer offers {@code login()}. */
    public static final double SOAP_LOGIN_REMOVED_IN = 65.0;
    /** Login host for production orgs. */
    public static final URI PRODUCTION_LOGIN_URL = URI.create("https://login.salesforce.com");
    /** Login host for sandboxes. */
    public static final URI SANDBOX_LOGIN_URL = URI.create("https://test.salesforce.com");

    private static final Pattern API_VERSION = Pattern.compile("\\d{2,3}\\.\\d");

    public LoginSettings {
        Objects.requireNonNull(flow, "flow");
        apiVersion = apiVersion == null || apiVersion.isBlank() ? DEFAULT_API_VERSION : apiVersion.trim();
        if (!API_VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("SALESFORCE.API_VERSION '" + apiVersion
                    + "' is not an API version like 37.0");
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        network = network == null ? NetworkSettings.jvmDefaults() : network;
        checkRequirements(flow, username, password, securityToken, clientId, clientSecret, jwtKeyFile,
                refreshToken, accessToken, instanceUrl, loginUrl);
        if (flow == AuthFlow.SOAP && Double.parseDouble(apiVersion) >= SOAP_LOGIN_REMOVED_IN) {
            throw new IllegalArgumentException("SALESFORCE.AUTH soap cannot be combined with SALESFORCE.API_VERSION "
                    + apiVersion + ": Salesforce removed SOAP login() from API version 65.0; use AUTH password, "
                    + "jwt, client_credentials or refresh_token, or an API_VERSION below 65.0");
        }
    }

    /** Starts settings for a flow; the API version defaults to {@value #DEFAULT_API_VERSION}. */
    public static Builder builder(AuthFlow flow) {
        return new Builder(flow);
    }

    /** The host logins go to: {@code loginUrl} when set, otherwise the production or sandbox login host. */
    public URI effectiveLoginUrl() {
        if (loginUrl != null) {
            return loginUrl;
        }
        return sandbox ? SANDBOX_LOGIN_URL : PRODUCTION_LOGIN_URL;
    }

    /** The JWT {@code aud} claim: {@code jwtAudience} when set, otherwise the production or sandbox login host. */
    public String effectiveJwtAudience() {
        if (jwtAudience != null) {
            return jwtAudience;
        }
        return (sandbox ? SANDBOX_LOGIN_URL : PRODUCTION_LOGIN_URL).toString();
    }

    private static void checkRequirements(AuthFlow flow, String username, String password, String securityToken,
                                          String clientId, String clientSecret, Path jwtKeyFile,
                                          String refreshToken, String accessToken, URI instanceUrl,
                                          URI loginUrl) {
        switch (flow) {
            case SOAP -> {
                require(flow, "USERNAME", username);
                require(flow, "PASSWORD", password);
                requirePresent(flow, "SECURITY_TOKEN", securityToken);
            }
            case PASSWORD -> {
                require(flow, "USERNAME", username);
                require(flow, "PASSWORD", password);
                require(flow, "CLIENT_ID", clientId);
                require(flow, "CLIENT_SECRET", clientSecret);
            }
            case JWT -> {
                require(flow, "USERNAME", username);
                require(flow, "CLIENT_ID", clientId);
                requirePresent(flow, "JWT_KEY_FILE", jwtKeyFile);
            }
            case CLIENT_CREDENTIALS -> {
                require(flow, "CLIENT_ID", clientId);
                require(flow, "CLIENT_SECRET", clientSecret);
                requirePresent(flow, "LOGIN_URL (the org's My Domain; Salesforce allows this flow nowhere else)",
                        loginUrl);
            }
            case REFRESH_TOKEN -> {
                require(flow, "CLIENT_ID", clientId);
                require(flow, "REFRESH_TOKEN", refreshToken);
            }
            case TOKEN -> {
                require(flow, "ACCESS_TOKEN", accessToken);
                requirePresent(flow, "INSTANCE_URL", instanceUrl);
            }
        }
    }

    private static void require(AuthFlow flow, String key, String value) {
        if (value == null || value.isBlank()) {
            throw missing(flow, key);
        }
    }

    private static void requirePresent(AuthFlow flow, String key, Object value) {
        if (value == null) {
            throw missing(flow, key);
        }
    }

    private static IllegalArgumentException missing(AuthFlow flow, String key) {
        return new IllegalArgumentException("SALESFORCE.AUTH " + flow.configName() + " needs SALESFORCE." + key);
    }

    @Override
    public String toString() {
        return "LoginSettings[flow=" + flow.configName() + ", username=" + username + ", sandbox=" + sandbox
                + ", apiVersion=" + apiVersion + ", loginUrl=" + effectiveLoginUrl() + ", clientId=" + clientId
                + ", jwtKeyFile=" + jwtKeyFile + ", instanceUrl=" + instanceUrl + ", network=" + network + "]";
    }

    /** Builds {@link LoginSettings} step by step; {@link #build()} validates. */
    public static final class Builder {
        private final AuthFlow flow;
        private String username;
        private String password;
        private String securityToken;
        private boolean sandbox;
        private String apiVersion;
        private URI loginUrl;
        private String clientId;
        private String clientSecret;
        private Path jwtKeyFile;
        private String jwtKeyPassword;
        private String jwtKeyAlias;
        private String jwtAudience;
        private String refreshToken;
        private String accessToken;
        private URI instanceUrl;
        private Duration timeout;
        private NetworkSettings network;

        private Builder(AuthFlow flow) {
            this.flow = flow;
        }

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder password(String value) {
            password = value;
            return this;
        }

        public Builder securityToken(String value) {
            securityToken = value;
            return this;
        }

        public Builder sandbox(boolean value) {
            sandbox = value;
            return this;
        }

        public Builder apiVersion(String value) {
            apiVersion = value;
            return this;
        }

        public Builder loginUrl(URI value) {
            loginUrl = value;
            return this;
        }

        public Builder clientId(String value) {
            clientId = value;
            return this;
        }

        public Builder clientSecret(String value) {
            clientSecret = value;
            return this;
        }

        public Builder jwtKeyFile(Path value) {
            jwtKeyFile = value;
            return this;
        }

        public Builder jwtKeyPassword(String value) {
            jwtKeyPassword = value;
            return this;
        }

        public Builder jwtKeyAlias(String value) {
            jwtKeyAlias = value;
            return this;
        }

        public Builder jwtAudience(String value) {
            jwtAudience = value;
            return this;
        }

        public Builder refreshToken(String value) {
            refreshToken = value;
            return this;
        }

        public Builder accessToken(String value) {
            accessToken = value;
            return this;
        }

        public Builder instanceUrl(URI value) {
            instanceUrl = value;
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder network(NetworkSettings value) {
            network = value;
            return this;
        }

        public LoginSettings build() {
            return new LoginSettings(flow, username, password, securityToken, sandbox, apiVersion, loginUrl,
                    clientId, clientSecret, jwtKeyFile, jwtKeyPassword, jwtKeyAlias, jwtAudience, refreshToken,
                    accessToken, instanceUrl, timeout, network);
        }
    }
}
