package fi.kokemus.gateway.web;

import fi.kokemus.platform.events.TraceIdFormat;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Starts the trace every service continues: keeps a well-formed incoming {@code X-Trace-Id} or makes a
 * new one, forwards it to the service and returns it on every response, errors included. Runs before
 * security so that refused requests carry it too.
 */
@Component
public class TraceIdFilter implements WebFilter, Ordered {

    public static final String HEADER = TraceIdFormat.HEADER;
    private static final String ATTRIBUTE = TraceIdFilter.class.getName() + ".traceId";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String traceId = TraceIdFormat.sanitise(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, traceId);
        ServerHttpResponse response = exchange.getResponse();
        // Set at commit time: the routed service's response headers, which carry its own copy, are copied
        // in later and must not make the header appear twice.
        response.beforeCommit(() -> {
            response.getHeaders().set(HEADER, traceId);
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, traceId)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The trace id of the exchange, once this filter has run. */
    public static String traceId(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
