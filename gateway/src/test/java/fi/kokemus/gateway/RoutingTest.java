package fi.kokemus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.gateway.StubBackend.Received;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class RoutingTest extends AllServicesUpTest {

    private static final String TRACE_HEADER = "X-Trace-Id";

    @Test
    void requestIsForwardedUnchangedWithTokenAndTraceId() throws InterruptedException {
        String token = TOKENS.token("orderer.test", "orderer");

        client.post().uri("/api/ordering/orders?draft=true&county=keski-pohjanmaa")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(TRACE_HEADER, "trace-0001-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"taskCode\":\"CLIENT_SUPPORT\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values(TRACE_HEADER, values -> assertThat(values).containsExactly("trace-0001-abcd"))
                .expectBody().jsonPath("$.served").isEqualTo("/api/ordering/orders?draft=true&county=keski-pohjanmaa");

        Received received = BACKEND.next();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo("/api/ordering/orders?draft=true&county=keski-pohjanmaa");
        assertThat(received.headers().get(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        assertThat(received.headers().getAll(TRACE_HEADER)).containsExactly("trace-0001-abcd");
        assertThat(received.body()).isEqualTo("{\"taskCode\":\"CLIENT_SUPPORT\"}");
    }

    @Test
    void eachServiceGetsItsOwnPaths() throws InterruptedException {
        String token = TOKENS.token("admin.test", "admin");
        for (String path : new String[] {"/api/registry/experts/e-1", "/api/fees/lines", "/api/feedback/requests"}) {
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isOk();
            assertThat(BACKEND.next().uri()).isEqualTo(path);
        }
    }

    @Test
    void missingOrUnsafeTraceIdIsReplacedByANewOneTheServiceAlsoGets() throws InterruptedException {
        String token = TOKENS.token("expert.test", "expert");

        String returned = client.get().uri("/api/registry/experts/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(TRACE_HEADER, "bad id\r\nX-Injected: 1")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(TRACE_HEADER);

        assertThat(returned).matches("[A-Za-z0-9-]{8,64}");
        assertThat(BACKEND.next().headers().getAll(TRACE_HEADER)).containsExactly(returned);
    }

    @Test
    void refusedRequestsCarryATraceIdToo() {
        client.get().uri("/api/registry/experts").header(TRACE_HEADER, "trace-refused-01").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(TRACE_HEADER, "trace-refused-01");
    }

    @Test
    void unknownPathIsANotFoundProblem() {
        client.get().uri("/api/payroll/runs")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("admin.test", "admin"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kokemus:problem:not-found")
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.detail").isEqualTo("No service serves this path")
                .jsonPath("$.instance").isEqualTo("/api/payroll/runs");
    }

    @Test
    void otherClientErrorsAreProblemsNamedAfterTheirStatus() {
        client.delete().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kokemus:problem:method-not-allowed")
                .jsonPath("$.title").isEqualTo("Method Not Allowed")
                .jsonPath("$.status").isEqualTo(405);
    }

    @Test
    void serviceCuttingTheConnectionIsABadGatewayProblem() {
        client.get().uri("/api/registry/experts" + StubBackend.HANG_UP)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("admin.test", "admin"))
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kokemus:problem:bad-gateway")
                .jsonPath("$.detail").isEqualTo("The service for this path did not answer properly; try again later");
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsRefusedBeforeForwarding() {
        client.post().uri("/api/feedback/public/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kokemus:problem:content-too-large");
        assertThat(BACKEND.receivedNothing()).isTrue();
    }

    @Test
    void bodyAtTheLimitIsForwarded() throws InterruptedException {
        client.post().uri("/api/feedback/public/answers")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("a".repeat(1024 * 1024))
                .exchange()
                .expectStatus().isOk();
        assertThat(BACKEND.next().body()).hasSize(1024 * 1024);
    }

    @Test
    void aLargeRequestPathTakesABodyOverTheDefaultLimitButNotOverItsOwn() throws InterruptedException {
        String batches = "/api/registry/organisations/ngo-keski/member-batches";
        String token = "Bearer " + TOKENS.token("admin.test", "admin");

        client.post().uri(batches).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("a".repeat(2 * 1024 * 1024))
                .exchange()
                .expectStatus().isOk();
        assertThat(BACKEND.next().body()).hasSize(2 * 1024 * 1024);
        client.post().uri(batches).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[64 * 1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413);
        client.post().uri("/api/registry/organisations/ngo-keski/members").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void streamedBodyGrowingPastTheLimitIsRefused() {
        Flux<DataBuffer> chunks = Flux.range(0, 5)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[300 * 1024]));

        client.post().uri("/api/feedback/public/answers")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kokemus:problem:content-too-large");
    }
}
