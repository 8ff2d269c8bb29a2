package fi.kokemus.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import io.netty.handler.codec.http.HttpHeaders;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Stands in for the services and for Keycloak's key set: records every other request it receives and
 * answers 200 with the path it was asked for, echoing the trace id like a real service does. It lives as
 * long as the test JVM, like the cached application contexts that point at it.
 */
final class StubBackend {

    static final String JWKS_PATH = "/realms/kokemus/protocol/openid-connect/certs";
    /** Requests to paths ending so are cut off without an answer, like a service crashing mid-request. */
    static final String HANG_UP = "/hang-up";

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final DisposableServer server;

    StubBackend(String jwks) {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes
                        .get(JWKS_PATH, (request, response) -> response
                                .header("Content-Type", "application/json")
                                .sendString(Mono.just(jwks)))
                        .route(request -> true, this::serve))
                .bindNow(Duration.ofSeconds(10));
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The next request a service received, failing the test if none arrives. */
    Received next() throws InterruptedException {
        Received request = received.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the backend received no request");
        }
        return request;
    }

    boolean receivedNothing() {
        return received.isEmpty();
    }

    void forget() {
        received.clear();
    }

    private Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response) {
        if (request.uri().endsWith(HANG_UP)) {
            request.withConnection(connection -> connection.channel().close());
            return Mono.never();
        }
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .flatMap(body -> {
                    received.add(new Received(request.method().name(), request.uri(),
                            request.requestHeaders().copy(), body));
                    String traceId = request.requestHeaders().get("X-Trace-Id");
                    if (traceId != null) {
                        response.header("X-Trace-Id", traceId);
                    }
                    return response.header("Content-Type", "application/json")
                            .sendString(Mono.just("{\"served\":\"" + request.uri() + "\"}"))
                            .then();
                });
    }

    record Received(String method, String uri, HttpHeaders headers, String body) {
    }
}
