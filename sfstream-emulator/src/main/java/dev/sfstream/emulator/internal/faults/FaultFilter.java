package dev.sfstream.emulator.internal.faults;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Applies the HTTP-level faults that name a path prefix, to every request of the emulator. */
public final class FaultFilter implements Filter {
    private static final String CONTROL_PREFIX = "/__emulator__/";

    private final FaultRegistry faults;

    public FaultFilter(FaultRegistry faults) {
        this.faults = faults;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse
                && !faults.isEmpty()) {
            String path = pathOf(http);
            if (!path.startsWith(CONTROL_PREFIX)) {
                Optional<FaultRule> rule = faults.take(r -> r.pathPrefix() != null && path.startsWith(r.pathPrefix()));
                if (rule.isPresent() && HttpFaultResponder.apply(rule.get(), http, httpResponse)) {
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
