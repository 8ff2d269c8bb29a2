package fi.kokemus.gateway.web;

import fi.kokemus.gateway.GatewayProperties;
import fi.kokemus.gateway.problem.GatewayProblem;
import fi.kokemus.gateway.problem.ProblemWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code kokemus.gateway.max-request-size} (or the larger size a
 * {@code large-requests} path allows) with 413: at once when the declared length is too large, and while
 * streaming when a body without a length grows past the limit.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

    private record Limit(PathPattern pattern, long maxBytes) {
    }

    private final long defaultMaxBytes;
    private final List<Limit> largeRequests;
    private final ProblemWriter problems;

    public RequestSizeLimitFilter(GatewayProperties properties, ProblemWriter problems) {
        this.defaultMaxBytes = properties.maxRequestSize().toBytes();
        this.largeRequests = properties.largeRequests().stream()
                .map(large -> new Limit(PathPatternParser.defaultInstance.parse(large.path()), large.maxSize().toBytes()))
                .toList();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long maxBytes = maxBytesFor(exchange.getRequest().getPath().pathWithinApplication());
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            return problems.write(exchange, GatewayProblem.CONTENT_TOO_LARGE);
        }
        return chain.filter(exchange.mutate().request(new LimitedBody(exchange.getRequest(), maxBytes)).build());
    }

    private long maxBytesFor(PathContainer path) {
        return largeRequests.stream().filter(limit -> limit.pattern().matches(path)).findFirst()
                .map(Limit::maxBytes).orElse(defaultMaxBytes);
    }

    private static final class LimitedBody extends ServerHttpRequestDecorator {

        private final long maxBytes;

        LimitedBody(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
