package fi.kokemus.deploy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kokemus.deploy.local.KeycloakTokens;
import fi.kokemus.deploy.local.LocalSystem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private static final Duration SESSION_LEAD = Duration.ofSeconds(75);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

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

        // Ordering offers work only under an assignment contract with the county on the session's date.
        var contract = gateway.put("/api/registry/experts/" + expertId + "/contracts/keski-pohjanmaa", coordinator,
                Map.of("validFrom", LocalDate.now(HELSINKI).minusDays(1).toString()));
        assertThat(contract.status()).as("contract: %s", contract).isEqualTo(200);

        // Soon enough to wait for: the work can be reported only once the session has started.
        Instant startsAt = Instant.now().plus(SESSION_LEAD).truncatedTo(ChronoUnit.SECONDS);
        var placed = gateway.post("/api/ordering/orders", orderer, lectureOrder(startsAt));
        assertThat(placed.status()).as("order: %s", placed).isEqualTo(201);
        String orderId = placed.text("id");
        String sessionId = placed.body().path("sessions").path(0).path("sessionId").asString();
        String orderPath = "/api/ordering/orders/" + orderId;

        // Ordering learns about the expert and the contract from the registry's events, not by calling the registry.
        var proposed = await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post(orderPath + "/proposals", coordinator, Map.of("expertIds", List.of(expertId))),
                        reply -> reply.status() == 200);
        assertThat(proposed.text("state")).isEqualTo("AWAITING_CHOICE");

        var chosen = gateway.post(orderPath + "/choice", orderer, Map.of("expertId", expertId));
        assertThat(chosen.status()).as("choice: %s", chosen).isEqualTo(200);
        String assignmentPath = orderPath + "/assignments/"
                + chosen.body().path("assignments").path(0).path("assignmentId").asString();

        var accepted = gateway.post(assignmentPath + "/accept", expert, null);
        assertThat(accepted.status()).as("accept: %s", accepted).isEqualTo(200);
        assertThat(accepted.text("state")).isEqualTo("CONFIRMED");

        String sessionPath = assignmentPath + "/sessions/" + sessionId;
        await().atMost(SESSION_LEAD.plusSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(startsAt));
        var reported = gateway.post(sessionPath + "/report", expert,
                Map.of("outcome", "HELD", "participants", 25, "minutesWorked", 90));
        assertThat(reported.status()).as("report: %s", reported).isEqualTo(200);
        var approved = gateway.post(sessionPath + "/approve", orderer, null);
        assertThat(approved.status()).as("approve: %s", approved).isEqualTo(200);
        assertThat(approved.text("state")).isEqualTo("COMPLETED");

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

    private static Map<String, Object> lectureOrder(Instant startsAt) {
        return Map.ofEntries(
                Map.entry("taskType", "LECTURE_REGIONAL"),
                Map.entry("role", "EXPERT_BY_EXPERIENCE"),
                Map.entry("topic", "Recovery from depression"),
                Map.entry("audience", "PROFESSIONALS"),
                Map.entry("eventScope", "REGIONAL"),
                Map.entry("startsAt", startsAt.toString()),
                Map.entry("durationMinutes", 90),
                Map.entry("place", "Kokkola, koulutustila 2"),
                Map.entry("costCentre", "KP-4100"),
                Map.entry("language", "fi"));
    }
}
