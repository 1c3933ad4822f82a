package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.OrgFixture;

/** The SOAP documents of the partner API's {@code login()}: the success response and the faults. */
final class SoapEnvelopes {
    private static final String FAULT_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:sf=\"urn:fault.partner.soap.sforce.com\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<soapenv:Body><soapenv:Fault>";

    private SoapEnvelopes() {
    }

    static String loginResponse(String base, String version, OrgFixture org, EmulatorUser user, String sessionId,
                                long sessionSecondsValid) {
        String orgId = org.orgId();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Body><loginResponse><result>"
                + "<metadataServerUrl>" + base + "/services/Soap/m/" + version + "/" + orgId + "</metadataServerUrl>"
                + "<passwordExpired>false</passwordExpired>"
                + "<sandbox>false</sandbox>"
                + "<serverUrl>" + base + "/services/Soap/u/" + version + "/" + orgId + "</serverUrl>"
                + "<sessionId>" + sessionId + "</sessionId>"
                + "<userId>" + user.userId() + "</userId>"
                + "<userInfo>"
                + "<accessibilityMode>false</accessibilityMode>"
                + "<currencySymbol>$</currencySymbol>"
                + "<orgAttachmentFileSizeLimit>5242880</orgAttachmentFileSizeLimit>"
                + "<orgDefaultCurrencyIsoCode>USD</orgDefaultCurrencyIsoCode>"
                + "<orgDisallowHtmlAttachments>false</orgDisallowHtmlAttachments>"
                + "<orgHasPersonAccounts>false</orgHasPersonAccounts>"
                + "<organizationId>" + orgId + "</organizationId>"
                + "<organizationMultiCurrency>false</organizationMultiCurrency>"
                + "<organizationName>" + escape(org.orgName()) + "</organizationName>"
                + "<profileId>00exx000000j7Y4AAI</profileId>"
                + "<roleId xsi:nil=\"true\"/>"
                + "<sessionSecondsValid>" + sessionSecondsValid + "</sessionSecondsValid>"
                + "<userDefaultCurrencyIsoCode xsi:nil=\"true\"/>"
                + "<userEmail>" + escape(user.email()) + "</userEmail>"
                + "<userFullName>" + escape(user.fullName()) + "</userFullName>"
                + "<userId>" + user.userId() + "</userId>"
                + "<userLanguage>en_US</userLanguage>"
                + "<userLocale>en_US</userLocale>"
                + "<userName>" + escape(user.username()) + "</userName>"
                + "<userTimeZone>GMT</userTimeZone>"
                + "<userType>Standard</userType>"
                + "<userUiSkin>Theme3</userUiSkin>"
                + "</userInfo>"
                + "</result></loginResponse></soapenv:Body></soapenv:Envelope>";
    }

    static String invalidLogin() {
        return loginFault("INVALID_LOGIN", "Invalid username, password, security token; or user locked out.");
    }

    static String loginFault(String code, String message) {
        return FAULT_HEAD
                + "<faultcode>sf:" + code + "</faultcode>"
                + "<faultstring>" + code + ": " + escape(message) + "</faultstring>"
                + "<detail><sf:LoginFault xsi:type=\"sf:LoginFault\">"
                + "<sf:exceptionCode>" + code + "</sf:exceptionCode>"
                + "<sf:exceptionMessage>" + escape(message) + "</sf:exceptionMessage>"
                + "</sf:LoginFault></detail>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    static String unexpectedError(String code, String message) {
        return FAULT_HEAD
                + "<faultcode>sf:" + code + "</faultcode>"
                + "<faultstring>" + code + ": " + escape(message) + "</faultstring>"
                + "<detail><sf:UnexpectedErrorFault xsi:type=\"sf:UnexpectedErrorFault\">"
                + "<sf:exceptionCode>" + code + "</sf:exceptionCode>"
                + "<sf:exceptionMessage>" + escape(message) + "</sf:exceptionMessage>"
                + "</sf:UnexpectedErrorFault></detail>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
