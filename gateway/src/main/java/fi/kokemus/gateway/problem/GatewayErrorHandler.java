package fi.kokemus.gateway.problem;

import fi.kokemus.gateway.web.TraceIdFilter;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns whatever went wrong while routing (no route, a service that is down or too slow, a failure of
 * the gateway itself) into a problem document; the cause is logged with the trace id, not shown.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemWriter problems;

    public GatewayErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException statusError && statusError.getStatusCode().is4xxClientError()) {
            return clientError(exchange, standard(statusError, HttpStatus.BAD_REQUEST));
        }
        GatewayProblem problem = serverProblem(error);
        log.warn("{} {} failed with {} (trace {})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), problem.status().value(), TraceIdFilter.traceId(exchange), error);
        return problems.write(exchange, problem);
    }

    private Mono<Void> clientError(ServerWebExchange exchange, HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> problems.write(exchange, GatewayProblem.NOT_FOUND);
            case CONTENT_TOO_LARGE -> problems.write(exchange, GatewayProblem.CONTENT_TOO_LARGE);
            default -> problems.writeClientError(exchange, status);
        };
    }

    private static GatewayProblem serverProblem(Throwable error) {
        if (error instanceof ResponseStatusException statusError) {
            return switch (standard(statusError, HttpStatus.INTERNAL_SERVER_ERROR)) {
                case GATEWAY_TIMEOUT -> GatewayProblem.GATEWAY_TIMEOUT;
                case SERVICE_UNAVAILABLE -> GatewayProblem.SERVICE_UNAVAILABLE;
                case BAD_GATEWAY -> GatewayProblem.BAD_GATEWAY;
                default -> GatewayProblem.INTERNAL_ERROR;
            };
        }
        if (causedBy(error, ConnectException.class)) {
            return GatewayProblem.SERVICE_UNAVAILABLE;
        }
        if (causedBy(error, TimeoutException.class)) {
            return GatewayProblem.GATEWAY_TIMEOUT;
        }
        if (causedBy(error, IOException.class)) {
            return GatewayProblem.BAD_GATEWAY;
        }
        return GatewayProblem.INTERNAL_ERROR;
    }

    private static HttpStatus standard(ResponseStatusException error, HttpStatus fallback) {
        HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
        return status != null ? status : fallback;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
