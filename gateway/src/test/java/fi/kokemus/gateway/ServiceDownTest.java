package fi.kokemus.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ServiceDownTest extends GatewayTestSupport {

    @DynamicPropertySource
    static void feeServiceDown(DynamicPropertyRegistry registry) {
        wireToStub(registry, Map.of("FEE_URL", "http://127.0.0.1:" + closedPort()));
    }

    @Test
    void serviceThatIsDownIsAnUnavailableProblemWithoutInternals() {
        client.get().uri("/api/fees/lines")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("finance.test", "finance"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Trace-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kokemus:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("The service for this path cannot be reached; try again later")
                .jsonPath("$.trace").doesNotExist()
                .jsonPath("$.exception").doesNotExist();
    }

    @Test
    void otherServicesKeepWorking() {
        client.get().uri("/api/registry/experts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("coordinator.test", "coordinator"))
                .exchange()
                .expectStatus().isOk();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
