package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.internal.http.HttpIo;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** {@code POST /services/Soap/u/{version}}: the partner API's {@code login()}; no other SOAP call. */
public final class SoapLoginServlet extends HttpServlet {
    private static final Pattern VERSION = Pattern.compile("^/u/(\\d+\\.\\d)(/.*)?$");
    private static final int MAX_BODY = 64 * 1024;

    private final transient OrgFixture org;
    private final transient TokenRegistry tokens;

    public SoapLoginServlet(OrgFixture org, TokenRegistry tokens) {
        this.org = org;
        this.tokens = tokens;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher version = VERSION.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!version.matches()) {
            HttpIo.write(response, 404, HttpIo.XML, SoapEnvelopes.unexpectedError("UNSUPPORTED_API_VERSION",
                    "The SOAP endpoint is /services/Soap/u/{version}, e.g. /services/Soap/u/37.0"));
            return;
        }
        Optional<Element> login;
        try {
            login = loginElement(HttpIo.readBody(request, MAX_BODY));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            HttpIo.write(response, 500, HttpIo.XML, SoapEnvelopes.unexpectedError("INVALID_XML",
                    "the request body is not a SOAP envelope"));
            return;
        }
        if (login.isEmpty()) {
            HttpIo.write(response, 500, HttpIo.XML, SoapEnvelopes.unexpectedError("INVALID_OPERATION",
                    "the emulator implements only the login() SOAP call"));
            return;
        }
        String username = child(login.get(), "username");
        String password = child(login.get(), "password");
        Optional<EmulatorUser> user = org.user(username)
                .filter(u -> (u.password() + u.securityToken()).equals(password));
        if (user.isEmpty()) {
            HttpIo.write(response, 500, HttpIo.XML, SoapEnvelopes.invalidLogin());
            return;
        }
        HttpIo.write(response, 200, HttpIo.XML, SoapEnvelopes.loginResponse(HttpIo.baseUrl(request),
                version.group(1), org, user.get(), tokens.issue(user.get()), tokens.policy().secondsValid()));
    }

    private static Optional<Element> loginElement(byte[] body)
            throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        NodeList logins = document.getElementsByTagNameNS("*", "login");
        return logins.getLength() == 0 ? Optional.empty() : Optional.of((Element) logins.item(0));
    }

    private static String child(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
