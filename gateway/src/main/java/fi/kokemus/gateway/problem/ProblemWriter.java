package fi.kokemus.gateway.problem;

import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Answers an exchange with an {@code application/problem+json} document. */
@Component
public class ProblemWriter {

    private final JsonMapper jsonMapper;

    public ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
        return write(exchange, problem.status(), problem.at(path(exchange)));
    }

    /**
     * For a client error the gateway has no entry of its own for (say 405): type and title follow the
     * status ({@code urn:kokemus:problem:method-not-allowed}, "Method Not Allowed").
     */
    public Mono<Void> writeClientError(ServerWebExchange exchange, HttpStatus status) {
        String title = status.getReasonPhrase();
        Problem problem = new Problem(Problem.TYPE_PREFIX + title.toLowerCase(Locale.ROOT).replace(' ', '-'),
                title, status.value(), "The request was refused as sent", path(exchange));
        return write(exchange, status, problem);
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = jsonMapper.writeValueAsBytes(problem);
        headers.setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
