package dev.sfstream.auth.internal;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * SOAP {@code login()} on the partner endpoint {@code {login host}/services/Soap/u/{version}} with the
 * password immediately followed by the security token, as the original did. The answer is read with StAX, element
 * by element: a DOM builder's set-up costs a start about 20 ms more for the few texts it needs.
 */
final class SoapLogin implements LoginFlow {
    private static final String FLOW = AuthFlow.SOAP.configName();
    private static final Set<String> READ = Set.of("sessionId", "serverUrl", "userId", "organizationId",
            "exceptionCode", "exceptionMessage", "faultcode", "faultstring");

    private final URI endpoint;
    private final LoginHttp http;
    private final String username;
    private final String passwordAndToken;
    private final Clock clock;

    SoapLogin(URI loginUrl, String apiVersion, LoginHttp http, String username, String password,
              String securityToken, Clock clock) {
        this.endpoint = loginUrl.resolve("/services/Soap/u/" + apiVersion);
        this.http = http;
        this.username = username;
        this.passwordAndToken = password + (securityToken == null ? "" : securityToken);
        this.clock = clock;
    }

    @Override
    public Session login() {
        HttpReply reply = http.postXml(endpoint, envelope());
        Map<String, String> document = parse(reply);
        if (!reply.isSuccess()) {
            String code = document == null ? "HTTP_" + reply.status() : document.get("exceptionCode");
            String message = document == null ? Texts.excerpt(reply.body()) : document.get("exceptionMessage");
            if (code == null && document != null) {
                code = document.get("faultcode");
                message = document.get("faultstring");
            }
            throw new LoginException(FLOW, code, "Salesforce login (AUTH soap) failed at " + endpoint + " for user "
                    + username + ": " + code + ": " + message, null);
        }
        String sessionId = document == null ? null : document.get("sessionId");
        String serverUrl = document == null ? null : document.get("serverUrl");
        if (sessionId == null || serverUrl == null) {
            throw new LoginException(FLOW, null, "Salesforce login (AUTH soap) got a login answer without sessionId "
                    + "and serverUrl from " + endpoint + ": " + Texts.excerpt(reply.body()), null);
        }
        URI server = URI.create(serverUrl);
        URI instanceUrl = URI.create(server.getScheme() + "://" + server.getRawAuthority());
        return new Session(sessionId, instanceUrl, document.get("userId"), document.get("organizationId"),
                clock.instant());
    }

    private String envelope() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<env:Envelope xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:urn=\"urn:partner.soap.sforce.com\">"
                + "<env:Header><urn:CallOptions><urn:client>sfstream</urn:client></urn:CallOptions></env:Header>"
                + "<env:Body><urn:login>"
                + "<urn:username>" + escape(username) + "</urn:username>"
                + "<urn:password>" + escape(passwordAndToken) + "</urn:password>"
                + "</urn:login></env:Body></env:Envelope>";
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The trimmed text of the first element of each name in {@link #READ}, in any namespace; null when the body is
     * not XML. A document type declaration is refused, and no external entity is read.
     */
    private static Map<String, String> parse(HttpReply reply) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, String> texts = new HashMap<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(reply.body()));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && READ.contains(reader.getLocalName())
                            && !texts.containsKey(reader.getLocalName())) {
                        String name = reader.getLocalName();
                        texts.put(name, reader.getElementText().trim());
                    }
                }
            } finally {
                reader.close();
            }
            return texts;
        } catch (XMLStreamException | RuntimeException notXml) {
            return null;
        }
    }
}
