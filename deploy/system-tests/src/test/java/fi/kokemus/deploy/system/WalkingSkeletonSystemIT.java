package fi.kokemus.deploy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kokemus.deploy.local.KeycloakTokens;
import fi.kokemus.deploy.local.LocalSystem;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole system as a county, an NGO and finance use it: real Keycloak, real Kafka broker, the
 * MongoDB wire server, all four services and the gateway as separate processes, driven over HTTP
 * through the gateway with tokens from Keycloak.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonSystemIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    private static LocalSystem system;
    private static KeycloakTokens keycloak;
    private static Gateway gateway;

    @BeforeAll
    static void startTheWholeSystem() {
        RunningSystem running = RunningSystem.get();
        system = running.system();
        keycloak = running.keycloak();
        gateway = running.gateway();
    }

    @Test
    @Order(1)
    void refusesCallsWithoutAValidTokenAndCallersWithoutTheRole() {
        var anonymous = gateway.get("/api/ordering/orders", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        String orderer = keycloak.userToken("orderer.soite");
        String tampered = orderer.substring(0, orderer.length() - 4) + "AAAA";
        assertThat(gateway.get("/api/ordering/orders", tampered).status()).isEqualTo(401);

        var financeInRegistry = gateway.get("/api/registry/experts", keycloak.userToken("finance.soite"));
        assertThat(financeInRegistry.status()).isEqualTo(403);
        assertThat(financeInRegistry.contentType()).startsWith("application/problem+json");

        assertThat(gateway.get("/api/ordering/orders", orderer).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void anNgoAddsAnExpertAndTheCountyOrdersApprovesAndPaysTheWork() {
        String ngo = keycloak.serviceToken("ngo-sync-keski", "ngo-sync-keski-demo-secret");
        String orderer = keycloak.userToken("orderer.soite");
        String coordinator = keycloak.userToken("coordinator.soite");
        String expert = keycloak.userToken("expert.soite");
        String finance = keycloak.serviceToken("finance-feed", "finance-feed-demo-secret");

        var added = gateway.put("/api/registry/organisations/ngo-keski/members/M-1001", ngo, newMember());
        assertThat(added.status()).as("NGO sync: %s", added).isEqualTo(201);
        String expertId = added.text("id");

        var placed = gateway.post("/api/ordering/orders", orderer, lectureOrder());
        assertThat(placed.status()).as("order: %s", placed).isEqualTo(201);
        String orderId = placed.text("id");

        // Ordering learns about the expert from the registry's event, not by calling the registry.
        JsonNode assignment = await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/ordering/orders/" + orderId + "/assignments", coordinator,
                        Map.of("expertId", expertId)), reply -> reply.status() == 201)
                .body();
        String assignmentPath = "/api/ordering/orders/" + orderId + "/assignments/" + assignment.path("assignmentId").asString();

        assertThat(gateway.post(assignmentPath + "/accept", expert, null).status()).isEqualTo(200);
        assertThat(gateway.post(assignmentPath + "/report", expert, Map.of("occasions", 1, "minutesWorked", 90)).status())
                .isEqualTo(200);
        assertThat(gateway.post(assignmentPath + "/approve", orderer, null).status()).isEqualTo(200);

        try (var financeFeed = new FinanceFeed(system.kafkaBootstrapServers())) {
            JsonNode fee = financeFeed.awaitFeeApproved(orderId, EVENTUAL).orElseThrow();
            assertThat(fee.path("source").asString()).isEqualTo("fee-service");
            assertThat(fee.path("county").asString()).isEqualTo("keski-pohjanmaa");
            assertThat(fee.path("data").path("expertId").asString()).isEqualTo(expertId);
            assertThat(fee.path("data").path("taskType").asString()).isEqualTo("LECTURE_REGIONAL");
            assertThat(fee.path("data").path("grossCents").asLong()).isEqualTo(7500);
            assertThat(fee.path("data").path("currency").asString()).isEqualTo("EUR");
        }

        var lines = gateway.get("/api/fees/lines?county=keski-pohjanmaa", finance);
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.body().toString()).contains(orderId);

        JsonNode feedback = await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/feedback/tasks?orderId=" + orderId, orderer),
                        reply -> reply.status() == 200 && reply.body().toString().contains("ORDERER"))
                .body();
        assertThat(feedback.toString()).contains("LISTENER");
    }

    private static Map<String, Object> newMember() {
        return Map.ofEntries(
                Map.entry("username", "expert.soite"),
                Map.entry("firstName", "Aino"),
                Map.entry("lastName", "Testinen"),
                Map.entry("homeCounty", "keski-pohjanmaa"),
                Map.entry("municipality", "272"),
                Map.entry("roles", List.of("EXPERT_BY_EXPERIENCE")),
                Map.entry("topics", List.of("MENTAL_HEALTH")),
                Map.entry("languages", List.of("fi")),
                Map.entry("taskTypes", List.of("LECTURE_REGIONAL")),
                Map.entry("feeWanted", true),
                Map.entry("contact", Map.of("email", "aino.testinen@example.org", "phone", "+358 40 000 0001")),
                Map.entry("consents", List.of(Map.of("kind", "REGISTRY_LISTING", "granted", true,
                        "decidedAt", "2026-01-15T10:00:00Z", "textVersion", "registry-v1"))));
    }

    private static Map<String, Object> lectureOrder() {
        return Map.of(
                "taskType", "LECTURE_REGIONAL",
                "topic", "Recovery from depression",
                "audience", "PROFESSIONALS",
                "startsAt", Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString(),
                "durationMinutes", 90,
                "place", "Kokkola, koulutustila 2",
                "costCentre", "KP-4100",
                "language", "fi");
    }
}
