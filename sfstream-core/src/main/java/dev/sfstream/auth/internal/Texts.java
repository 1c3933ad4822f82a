package dev.sfstream.auth.internal;

/** Shortens server answers for error messages. */
final class Texts {
    private static final int EXCERPT_LENGTH = 300;

    private Texts() {
    }

    static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
    }
}
