package fi.kokemus.feedback.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps how many answers one client address may send per minute to the public paths (a fixed window,
 * kept in memory per instance). A whole audience often shares one address (the venue's network), so
 * the cap is meant for floods, not for a full room.
 *
 * <p>The client address is the last entry of {@code X-Forwarded-For} when present: the gateway
 * appends the address it saw, and this service is reachable only through the gateway, so the last
 * entry is the one nobody outside can forge. Without the header the connection's address counts.
 */
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final long WINDOW_MILLIS = 60_000;

    private final int answersPerMinute;
    private final Clock clock;
    private volatile long window = -1;
    private volatile Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public PublicRateLimitFilter(int answersPerMinute, Clock clock) {
        this.answersPerMinute = answersPerMinute;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (countsInCurrentWindow().computeIfAbsent(clientAddress(request), address -> new AtomicInteger())
                .incrementAndGet() > answersPerMinute) {
            response.setHeader("Retry-After", "60");
            RefusalPage.send(response, HttpStatus.TOO_MANY_REQUESTS.value(),
                    "Liian monta vastausta lyhyessä ajassa. Odota hetki ja yritä uudelleen.",
                    "För många svar på kort tid. Vänta en stund och försök igen.",
                    "Too many answers in a short time. Wait a moment and try again.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A new window starts with fresh counts, which also keeps the map from growing without bound. */
    private Map<String, AtomicInteger> countsInCurrentWindow() {
        long current = clock.millis() / WINDOW_MILLIS;
        if (current != window) {
            synchronized (this) {
                if (current != window) {
                    counts = new ConcurrentHashMap<>();
                    window = current;
                }
            }
        }
        return counts;
    }

    static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }
}
