package dev.sfstream.emulator.internal.faults;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/** Answers one HTTP request according to an HTTP-level fault. */
public final class HttpFaultResponder {
    private HttpFaultResponder() {
    }

    /**
     * Applies the fault: waits its delay, then drops the connection, or sends its status or malformed
     * body.
     *
     * @return true when the request was answered (or dropped); false when the fault only delayed it
     */
    public static boolean apply(FaultRule rule, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (rule.delayMillis() > 0) {
            pause(rule.delayMillis());
        }
        if (rule.dropConnection()) {
            drop(request);
            return true;
        }
        if (rule.httpStatus() != 0) {
            String body = rule.body() != null ? rule.body()
                    : "<html><head><title>" + rule.httpStatus() + "</title></head><body>HTTP " + rule.httpStatus()
                    + " (injected by the emulator)</body></html>";
            response.setStatus(rule.httpStatus());
            response.setContentType(rule.body() != null && rule.body().startsWith("[")
                    ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (rule.malformed() != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(rule.malformed().body(rule.channel()));
            return true;
        }
        return false;
    }

    private static void drop(HttpServletRequest request) throws IOException {
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(request);
        if (core == null) {
            throw new IOException("cannot reach the connection of " + request.getRequestURI() + " to drop it");
        }
        EndPoint endPoint = core.getConnectionMetaData().getConnection().getEndPoint();
        endPoint.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
