package dev.sfstream.emulator.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SoapLoginServletTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final WireClient wire = new WireClient(EMULATOR.baseUrl());

    private HttpResponse<String> login(String path, String username, String password) {
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>"
                + "<env:Envelope xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:urn=\"urn:partner.soap.sforce.com\"><env:Header><urn:CallOptions>"
                + "<urn:client>simple-salesforce</urn:client></urn:CallOptions></env:Header><env:Body>"
                + "<n1:login xmlns:n1=\"urn:partner.soap.sforce.com\"><n1:username>" + username + "</n1:username>"
                + "<n1:password>" + password + "</n1:password></n1:login></env:Body></env:Envelope>";
        return wire.send(HttpRequest.newBuilder(java.net.URI.create(EMULATOR.baseUrl() + path))
                .header("Content-Type", "text/xml").header("SOAPAction", "login")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build());
    }

    @Test
    void loginReturnsSessionAndServerUrlAsUnprefixedElements() {
        HttpResponse<String> response = login("/services/Soap/u/37.0", "integration@example.com", "passwordTOKEN");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/xml;charset=UTF-8");
        String base = EMULATOR.baseUrl();
        assertThat(response.body())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
                        + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                        + " xmlns=\"urn:partner.soap.sforce.com\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><loginResponse><result>")
                .contains("<metadataServerUrl>" + base + "/services/Soap/m/37.0/00Dxx0000001gPLEAY</metadataServerUrl>")
                .contains("<passwordExpired>false</passwordExpired><sandbox>false</sandbox>")
                .contains("<serverUrl>" + base + "/services/Soap/u/37.0/00Dxx0000001gPLEAY</serverUrl>")
                .containsPattern("<sessionId>00Dxx0000001gPL![^<]+</sessionId>")
                .contains("<userId>005xx000001SwiUAAS</userId>")
                .contains("<sessionSecondsValid>7200</sessionSecondsValid>")
                .endsWith("</result></loginResponse></soapenv:Body></soapenv:Envelope>");
    }

    @Test
    void trailingSlashIsAccepted() {
        assertThat(login("/services/Soap/u/37.0/", "integration@example.com", "passwordTOKEN").statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrongPasswordGivesTheInvalidLoginFault() {
        HttpResponse<String> response = login("/services/Soap/u/37.0", "integration@example.com", "password");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:sf=\"urn:fault.partner.soap.sforce.com\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Body><soapenv:Fault><faultcode>sf:INVALID_LOGIN</faultcode>"
                + "<faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out."
                + "</faultstring><detail><sf:LoginFault xsi:type=\"sf:LoginFault\">"
                + "<sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>"
                + "<sf:exceptionMessage>Invalid username, password, security token; or user locked out."
                + "</sf:exceptionMessage></sf:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>");
    }

    @Test
    void malformedXmlGetsAFaultAndTheEmulatorKeepsServing() {
        HttpResponse<String> response = wire.send(HttpRequest.newBuilder(
                        java.net.URI.create(EMULATOR.baseUrl() + "/services/Soap/u/37.0"))
                .POST(HttpRequest.BodyPublishers.ofString("<not xml")).build());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<faultcode>sf:INVALID_XML</faultcode>");
        assertThat(login("/services/Soap/u/37.0", "other@example.com", "passwordTOKEN2").statusCode()).isEqualTo(200);
    }
}
