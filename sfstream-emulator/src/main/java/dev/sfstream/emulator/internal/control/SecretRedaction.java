package dev.sfstream.emulator.internal.control;

import java.util.regex.Pattern;

/**
 * Masks credentials in logged request bodies: the {@code password} and {@code client_secret} form fields and
 * the SOAP {@code <password>} element. Tokens the emulator issued are kept, so tests can check them.
 */
final class SecretRedaction {
    private static final String MASK = "***";
    private static final Pattern FORM_SECRET = Pattern.compile("(^|&)(password|client_secret)=[^&]*");
    private static final Pattern SOAP_PASSWORD = Pattern.compile("(<(?:\\w+:)?password>)[^<]*(</(?:\\w+:)?password>)");

    private SecretRedaction() {
    }

    static String redact(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return FORM_SECRET.matcher(body).replaceAll("$1$2=" + MASK);
        }
        if (type.contains("xml")) {
            return SOAP_PASSWORD.matcher(body).replaceAll("$1" + MASK + "$2");
        }
        return body;
    }
}
