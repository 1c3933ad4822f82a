package dev.sfstream.emulator.internal.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers for writing responses and reading bodies in the emulator's servlets. */
public final class HttpIo {
    public static final String JSON = "application/json;charset=UTF-8";
    public static final String XML = "text/xml;charset=UTF-8";

    private HttpIo() {
    }

    public static void write(HttpServletResponse response, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public static void noContent(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Reads the whole body; {@link BodyTooLargeException} when it exceeds {@code maxBytes}. */
    public static byte[] readBody(HttpServletRequest request, int maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new BodyTooLargeException(declared, maxBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new BodyTooLargeException(out.size(), maxBytes);
                }
            }
        }
        return out.toByteArray();
    }

    /** {@code http://host:port} as the client addressed this server, for instance and identity URLs. */
    public static String baseUrl(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** Thrown when a request body is larger than the endpoint accepts. */
    public static final class BodyTooLargeException extends IOException {
        public BodyTooLargeException(long size, int max) {
            super("request body of " + size + " bytes exceeds the limit of " + max + " bytes");
        }
    }
}
