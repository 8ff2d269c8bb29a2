package fi.kokemus.gateway;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as configured in application.yml, its key set and services served by one stub backend and
 * wired through the same environment variables as a real deployment. Subclasses declare the wiring in a
 * {@code @DynamicPropertySource}; those declaring the same one share an application context.
 */
@SpringBootTest
abstract class GatewayTestSupport {

    static final TestTokens TOKENS = new TestTokens();
    static final StubBackend BACKEND = new StubBackend(TOKENS.jwks());

    @Autowired
    private ApplicationContext context;

    WebTestClient client;

    /** Every service on the stub backend except those named in {@code elsewhere} (variable → URL). */
    static void wireToStub(DynamicPropertyRegistry registry, Map<String, String> elsewhere) {
        registry.add("KEYCLOAK_ISSUER", () -> TestTokens.ISSUER);
        registry.add("KEYCLOAK_JWKS", () -> BACKEND.url() + StubBackend.JWKS_PATH);
        for (String service : new String[] {"REGISTRY_URL", "ORDERING_URL", "FEE_URL", "FEEDBACK_URL"}) {
            registry.add(service, () -> elsewhere.getOrDefault(service, BACKEND.url()));
        }
    }

    @BeforeEach
    void gatewayClient() {
        BACKEND.forget();
        // Generous: the build machine is shared and the first routed request warms up the HTTP client.
        client = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient()
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
