package dev.sfstream.emulator.internal.bayeux;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;

/**
 * The load-balancer cookies Salesforce sets besides CometD's {@code BAYEUX_BROWSER}: {@code BrowserId}
 * on any response that lacks it, and a fresh {@code sfdc-stream} on each handshake.
 */
final class AffinityCookies {
    static final String BROWSER_ID = "BrowserId";
    static final String SFDC_STREAM = "sfdc-stream";
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private final SecureRandom random = new SecureRandom();

    /** Sets the cookies on {@code response}; returns the {@code sfdc-stream} value for a handshake, else null. */
    String issue(HttpServletRequest request, HttpServletResponse response, boolean handshake) {
        if (cookie(request, BROWSER_ID) == null) {
            response.addHeader("Set-Cookie", BROWSER_ID + "=" + token(22) + "; Path=/; HttpOnly");
        }
        if (!handshake) {
            return null;
        }
        String stream = "!" + token(40);
        response.addHeader("Set-Cookie", SFDC_STREAM + "=" + stream + "; Path=/; HttpOnly");
        return stream;
    }

    static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private String token(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
