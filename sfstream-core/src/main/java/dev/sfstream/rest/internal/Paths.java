package dev.sfstream.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Builds REST paths from caller values, rejecting values that would change the path's meaning. */
final class Paths {
    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9]{15}([A-Za-z0-9]{3})?");

    private Paths() {
    }

    static String sobjectType(String value) {
        return apiName("sObject type", value);
    }

    static String field(String value) {
        return apiName("field", value);
    }

    static String recordId(String value) {
        if (value == null || !RECORD_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("record id '" + value + "' is not a 15 or 18 character Salesforce id");
        }
        return value;
    }

    static String segment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("external id value must not be empty");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String apiName(String what, String value) {
        if (value == null || !API_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a Salesforce API name "
                    + "(letters, digits and underscores, starting with a letter)");
        }
        return value;
    }
}
