package dev.sfstream.auth.internal;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * SOAP {@code login()} on the partner endpoint {@code {login host}/services/Soap/u/{version}} with the
 * password immediately followed by the security token, as the original did.
 */
final class SoapLogin implements LoginFlow {
    private static final String FLOW = AuthFlow.SOAP.configName();

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
        Document document = parse(reply);
        if (!reply.isSuccess()) {
            String code = document == null ? "HTTP_" + reply.status() : text(document, "exceptionCode");
            String message = document == null ? Texts.excerpt(reply.body()) : text(document, "exceptionMessage");
            if (code == null && document != null) {
                code = text(document, "faultcode");
                message = text(document, "faultstring");
            }
            throw new LoginException(FLOW, code, "Salesforce login (AUTH soap) failed at " + endpoint + " for user "
                    + username + ": " + code + ": " + message, null);
        }
        String sessionId = document == null ? null : text(document, "sessionId");
        String serverUrl = document == null ? null : text(document, "serverUrl");
        if (sessionId == null || serverUrl == null) {
            throw new LoginException(FLOW, null, "Salesforce login (AUTH soap) got a login answer without sessionId "
                    + "and serverUrl from " + endpoint + ": " + Texts.excerpt(reply.body()), null);
        }
        URI server = URI.create(serverUrl);
        URI instanceUrl = URI.create(server.getScheme() + "://" + server.getRawAuthority());
        return new Session(sessionId, instanceUrl, text(document, "userId"), text(document, "organizationId"),
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

    private static Document parse(HttpReply reply) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(reply.body())));
        } catch (Exception e) {
            return null;
        }
    }

    /** The text of the first element with this local name, in any namespace; null when absent. */
    private static String text(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
