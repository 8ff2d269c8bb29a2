package fi.kokemus.platform.web;

import fi.kokemus.platform.events.TraceIdFormat;
import fi.kokemus.platform.events.TraceIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the gateway's {@code X-Trace-Id} (or a new one) through the request so that log lines
 * and the events the request causes share it.
 */
public class TraceIdFilter extends OncePerRequestFilter {

    public static final String HEADER = TraceIdFormat.HEADER;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = TraceIds.sanitise(request.getHeader(HEADER));
        response.setHeader(HEADER, traceId);
        try (TraceIds.Scope ignored = TraceIds.open(traceId)) {
            chain.doFilter(request, response);
        }
    }
}
