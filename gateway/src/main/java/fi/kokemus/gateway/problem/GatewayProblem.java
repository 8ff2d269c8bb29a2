package fi.kokemus.gateway.problem;

import org.springframework.http.HttpStatus;

/** The errors the gateway answers itself; details say what the caller can do, never how the gateway works. */
public enum GatewayProblem {
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
            "A valid bearer token is required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
            "Your roles do not allow this request"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found",
            "No service serves this path"),
    CONTENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Request too large",
            "The request body is larger than the gateway accepts"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
            "The gateway could not complete the request"),
    BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
            "The service for this path did not answer properly; try again later"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
            "The service for this path cannot be reached; try again later"),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout",
            "The service for this path did not answer in time; try again later");

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final String detail;

    GatewayProblem(HttpStatus status, String code, String title, String detail) {
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
    }

    public HttpStatus status() {
        return status;
    }

    Problem at(String instance) {
        return new Problem(Problem.TYPE_PREFIX + code, title, status.value(), detail, instance);
    }
}
