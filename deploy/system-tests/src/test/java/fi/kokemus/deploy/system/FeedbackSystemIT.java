package fi.kokemus.deploy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kokemus.deploy.local.KeycloakTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Feedback as its people use it, through the gateway: listeners answer the public link of a lecture without an
 * account, the unit and the expert their personal links, the expert reads the screened aggregate, and the unit's
 * note on how the feedback was used reaches the listeners' page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackSystemIT {

    private static final String SOITE = "keski-pohjanmaa";
    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final Duration SESSION_LEAD = Duration.ofSeconds(75);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final int ANONYMITY_MINIMUM = 5;
    private static final String FOLLOW_UP = "Lisäsimme perehdytykseen toipumistarinan.";

    private static KeycloakTokens keycloak;
    private static Gateway gateway;
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();

    private static String orderId;
    private static String taskId;

    @BeforeAll
    static void aLectureIsOrderedHeldReportedAndApproved() {
        keycloak = RunningSystem.get().keycloak();
        gateway = RunningSystem.get().gateway();

        String ngo = keycloak.serviceToken("ngo-sync-keski", "ngo-sync-keski-demo-secret");
        var added = gateway.put("/api/registry/organisations/ngo-keski/members/M-4301", ngo, member());
        assertThat(added.status()).as("NGO sync: %s", added).isEqualTo(201);
        String expertId = added.text("id");
        var contract = gateway.put("/api/registry/experts/" + expertId + "/contracts/" + SOITE,
                token("coordinator.soite"), Map.of("validFrom", LocalDate.now(HELSINKI).minusDays(1).toString()));
        assertThat(contract.status()).as("contract: %s", contract).isEqualTo(200);

        Instant startsAt = Instant.now().plus(SESSION_LEAD).truncatedTo(ChronoUnit.SECONDS);
        var placed = gateway.post("/api/ordering/orders", token("orderer.soite"), lecture(startsAt));
        assertThat(placed.status()).as("order: %s", placed).isEqualTo(201);
        orderId = placed.text("id");
        String sessionId = placed.body().path("sessions").path(0).path("sessionId").asString();
        String orderPath = "/api/ordering/orders/" + orderId;
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post(orderPath + "/proposals", token("coordinator.soite"),
                        Map.of("expertIds", List.of(expertId))), reply -> reply.status() == 200);
        var chosen = gateway.post(orderPath + "/choice", token("orderer.soite"), Map.of("expertId", expertId));
        assertThat(chosen.status()).as("choice: %s", chosen).isEqualTo(200);
        String assignmentPath = orderPath + "/assignments/"
                + chosen.body().path("assignments").path(0).path("assignmentId").asString();
        String sessionPath = assignmentPath + "/sessions/" + sessionId;
        var accepted = gateway.post(assignmentPath + "/accept", token("expert.soite"), null);
        assertThat(accepted.status()).as("accept: %s", accepted).isEqualTo(200);

        await().atMost(SESSION_LEAD.plusSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(startsAt));
        var reported = gateway.post(sessionPath + "/report", token("expert.soite"),
                Map.of("outcome", "HELD", "participants", 18, "minutesWorked", 60));
        assertThat(reported.status()).as("report: %s", reported).isEqualTo(200);
        var approved = gateway.post(sessionPath + "/approve", token("orderer.soite"), null);
        assertThat(approved.status()).as("approve: %s", approved).isEqualTo(200);
    }

    /** The demo username belongs to one expert record at a time: the other system tests create their own. */
    @AfterAll
    static void releaseTheDemoExpertsUsername() {
        assertThat(gateway.delete("/api/registry/me?confirm=true", token("expert.soite")).status()).isEqualTo(204);
    }

    @Test
    @Order(1)
    void listenersTheUnitAndTheExpertAnswerTheirLinksWithoutAnAccount() {
        JsonNode task = await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/feedback/tasks?orderId=" + orderId, token("orderer.soite")),
                        reply -> reply.status() == 200 && reply.body().toString().contains("\"ORDERER\""))
                .body().path(0);
        taskId = task.path("id").asString();
        String listenerLink = linkOf(task, "LISTENER");

        assertThat(gateway.page(listenerLink).html()).contains("name=\"q.overall\"");
        for (int listener = 1; listener <= ANONYMITY_MINIMUM; listener++) {
            String comment = listener == 1 ? "Soittakaa minulle 040 123 4567" : "Hyvä luento " + listener;
            var answered = gateway.submitForm(listenerLink, Map.of("formVersion", "1",
                    "q.overall", Integer.toString(listener), "q.comment", comment));
            assertThat(answered.status()).as("listener %s: %s", listener, answered.html()).isEqualTo(302);
        }

        String ordererLink = linkOf(task, "ORDERER");
        Map<String, String> ordererAnswer = Map.of("formVersion", "1", "q.overall", "5", "q.goals-met", "4",
                "q.cooperation", "5", "q.comment", "Selkeä ja lämmin esitys");
        assertThat(gateway.submitForm(ordererLink, ordererAnswer).status()).isEqualTo(302);
        assertThat(gateway.submitForm(ordererLink, ordererAnswer).status())
                .as("a personal link takes one answer").isEqualTo(410);

        JsonNode ownTask = gateway.get("/api/feedback/tasks/" + taskId, token("expert.soite")).body();
        assertThat(gateway.submitForm(linkOf(ownTask, "SELF_ASSESSMENT"), Map.of("formVersion", "1",
                "q.overall", "4", "q.preparation", "3", "q.went-well", "Kuulijat kysyivät paljon")).status())
                .isEqualTo(302);
    }

    @Test
    @Order(2)
    void theExpertReadsTheScreenedAggregateOfTheirOwnTaskAndOthersAreRefused() {
        var mine = gateway.get("/api/feedback/me", token("expert.soite"));
        assertThat(mine.status()).as("%s", mine).isEqualTo(200);
        JsonNode task = mine.body().path("tasks").valueStream()
                .filter(candidate -> candidate.path("taskId").asString().equals(taskId)).findFirst().orElseThrow();
        JsonNode listeners = group(task, "LISTENER").path("forms").path(0);
        assertThat(listeners.path("shown").asBoolean()).isTrue();
        assertThat(listeners.path("answers").asInt()).isEqualTo(ANONYMITY_MINIMUM);
        assertThat(listeners.path("ratings").path("overall").path("mean").asDouble()).isEqualTo(3.0);
        assertThat(listeners.path("texts").toString()).contains("[puhelinnumero]").doesNotContain("040 123 4567");
        assertThat(group(task, "SELF_ASSESSMENT").path("forms").path(0).path("texts").toString())
                .contains("Kuulijat kysyivät paljon");
        assertThat(mine.body().toString()).doesNotContain("/api/feedback/public/");

        var asUnit = gateway.get("/api/feedback/tasks/" + taskId + "/feedback", token("orderer.soite"));
        assertThat(asUnit.status()).isEqualTo(200);
        assertThat(group(asUnit.body(), "ORDERER").path("forms").path(0).path("texts").toString())
                .contains("Selkeä ja lämmin esitys");
        assertThat(group(asUnit.body(), "SELF_ASSESSMENT").path("forms").toString())
                .doesNotContain("Kuulijat kysyivät paljon");

        for (String outsider : List.of("orderer.itu", "coordinator.itu", "finance.soite", "admin")) {
            var refused = gateway.get("/api/feedback/tasks/" + taskId + "/feedback", token(outsider));
            assertThat(refused.status()).as("%s: %s", outsider, refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    @Order(3)
    void theUnitsNoteOnHowTheFeedbackWasUsedReachesTheListenersPage() {
        var refused = gateway.put("/api/feedback/tasks/" + taskId + "/follow-up", token("expert.soite"),
                Map.of("texts", Map.of("fi", "Ei minun kirjattavissani")));
        assertThat(refused.status()).isEqualTo(403);

        var recorded = gateway.put("/api/feedback/tasks/" + taskId + "/follow-up", token("orderer.soite"),
                Map.of("texts", Map.of("fi", FOLLOW_UP)));
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);

        JsonNode task = gateway.get("/api/feedback/tasks/" + taskId, token("orderer.soite")).body();
        assertThat(gateway.page(linkOf(task, "LISTENER")).html()).contains(FOLLOW_UP);
        assertThat(gateway.get("/api/feedback/tasks/" + taskId + "/feedback", token("expert.soite"))
                .body().path("followUp").path("texts").path("fi").asString()).isEqualTo(FOLLOW_UP);
    }

    @Test
    @Order(4)
    void theCountysFollowUpReportCountsTheLectureAndItsFeedbackForItsCoordinatorOnly() {
        LocalDate today = LocalDate.now(HELSINKI);
        String report = "/api/feedback/reports/follow-up?county=" + SOITE + "&from=" + today.minusDays(1)
                + "&to=" + today.plusDays(1);
        JsonNode figures = await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get(report, token("coordinator.soite")),
                        reply -> reply.status() == 200 && reply.body().path("tasks").path("held").asInt() >= 1
                                && reply.body().path("feedback").toString().contains("LISTENER"))
                .body();
        assertThat(figures.path("tasks").path("byTaskType").toString()).contains("LECTURE_REGIONAL");
        assertThat(figures.toString()).doesNotContain("Kuulijat kysyivät paljon", "040 123 4567");

        for (String outsider : List.of("coordinator.itu", "orderer.soite", "finance.soite")) {
            assertThat(gateway.get(report, token(outsider)).status()).as(outsider).isEqualTo(403);
        }
    }

    private static JsonNode group(JsonNode taskFeedback, String respondent) {
        return taskFeedback.path("respondents").valueStream()
                .filter(group -> group.path("respondent").asString().equals(respondent)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + respondent + " in " + taskFeedback));
    }

    /** The link's path on the gateway: links name the public address the service was configured with. */
    private static String linkOf(JsonNode task, String respondent) {
        String link = task.path("requests").valueStream()
                .filter(request -> request.path("respondent").asString().equals(respondent)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + respondent + " link in " + task))
                .path("link").asString();
        return link.substring(link.indexOf("/api/feedback/public/"));
    }

    private static Map<String, Object> member() {
        Map<String, Object> member = new HashMap<>(Map.of(
                "username", "expert.soite",
                "firstName", "Saara",
                "lastName", "Palautetesti",
                "homeCounty", SOITE,
                "municipality", "272",
                "roles", List.of("EXPERT_BY_EXPERIENCE"),
                "topics", List.of("MENTAL_HEALTH"),
                "languages", List.of("fi"),
                "taskTypes", List.of("LECTURE_REGIONAL"),
                "feeWanted", true));
        member.put("contact", Map.of("email", "saara.palautetesti@example.org"));
        member.put("consents", List.of(Map.of("kind", "REGISTRY_LISTING", "granted", true,
                "decidedAt", "2026-01-15T10:00:00Z", "textVersion", "registry-v1")));
        return member;
    }

    private static Map<String, Object> lecture(Instant startsAt) {
        return new HashMap<>(Map.of("taskType", "LECTURE_REGIONAL", "role", "EXPERT_BY_EXPERIENCE",
                "topic", "Recovery from depression", "audience", "PROFESSIONALS", "eventScope", "REGIONAL",
                "startsAt", startsAt.toString(), "durationMinutes", 60, "place", "Kokkola, koulutustila 2",
                "costCentre", "KP-4100", "language", "fi"));
    }

    private static String token(String username) {
        return tokens.computeIfAbsent(username, keycloak::userToken);
    }
}
