package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.ApiError;

/** The 405 error a real org gives for a method the resource does not support. */
final class MethodNotAllowed {
    private MethodNotAllowed() {
    }

    static ApiError of(String method, String allowed) {
        return new ApiError(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + method + "' not allowed. Allowed are "
                + allowed, null);
    }
}
