package fi.kokemus.deploy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kokemus.deploy.local.KeycloakTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The ordering process through the gateway with Keycloak tokens: both routes, every change with the
 * roles that may and may not make it, the completion variants once a session has started, the
 * order's history, a race between two coordinators, and what fee-service makes of cancellations.
 * The two sessions that must start are placed first, 75 s ahead; everything else is done while
 * waiting for them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderingSystemIT {

    private static final String SOITE = "keski-pohjanmaa";
    private static final String ITU = "ita-uusimaa";
    private static final String ORDERS = "/api/ordering/orders";
    private static final String PROBLEM = "urn:kokemus:problem:";
    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final Duration SESSION_LEAD = Duration.ofSeconds(75);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant CLASS_START = Instant.now().truncatedTo(ChronoUnit.HOURS);

    private static KeycloakTokens keycloak;
    private static Gateway gateway;
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();

    private static String soiteExpert;
    private static String ituExpert;
    private static String developerCustomer;
    /** A Soite lecture the expert declines; it also told when ordering had learnt of the expert. */
    private static String declinedOrder;
    /** An Itä-Uusimaa lecture the expert withdraws from with illness. */
    private static String illnessOrder;
    /** A Soite group of three sessions, the first about to start. */
    private static String groupOrder;
    private static String groupAssignment;
    /** Itä-Uusimaa one-to-one client work ordered directly, about to start. */
    private static String clientOrder;
    private static String clientAssignment;
    private static Instant startsAt;

    @BeforeAll
    static void recordTheExpertsAndPlaceTheOrdersThatMustStart() {
        keycloak = RunningSystem.get().keycloak();
        gateway = RunningSystem.get().gateway();

        String ngoKeski = keycloak.serviceToken("ngo-sync-keski", "ngo-sync-keski-demo-secret");
        soiteExpert = addMember("/api/registry/organisations/ngo-keski/members/M-4101", ngoKeski,
                member("expert.soite", "Oona", SOITE, "272", "EXPERT_BY_EXPERIENCE",
                        List.of("CLIENT_SUPPORT", "GROUP_CO_LEADING", "LECTURE_REGIONAL")));
        developerCustomer = addMember("/api/registry/organisations/ngo-keski/members/M-4102", ngoKeski,
                member("pekka.tilaustesti", "Pekka", SOITE, "272", "DEVELOPER_CUSTOMER", List.of("DEVELOPMENT_GROUP")));
        ituExpert = addMember("/api/registry/organisations/ngo-ita/members/M-4201", token("ngo.itu"),
                member("expert.itu", "Iida", ITU, "638", "EXPERT_BY_EXPERIENCE",
                        List.of("INDIVIDUAL_WORK", "GROUP_GUIDANCE")));
        recordContract(soiteExpert, SOITE, "coordinator.soite");
        recordContract(developerCustomer, SOITE, "coordinator.soite");
        recordContract(ituExpert, ITU, "coordinator.itu");

        // Ordering learns of experts and contracts from the registry's events: the first proposals wait for them.
        declinedOrder = place("orderer.soite", soiteLecture(inDays(2))).text("id");
        awaitProposal(declinedOrder, "coordinator.soite", soiteExpert);
        illnessOrder = place("orderer.itu", ituLecture(inDays(2))).text("id");
        awaitProposal(illnessOrder, "coordinator.itu", ituExpert);
        assertThat(gateway.post(ORDERS + "/" + illnessOrder + "/proposals", token("coordinator.soite"),
                Map.of("expertIds", List.of(ituExpert))).status()).isEqualTo(403);

        startsAt = Instant.now().plus(SESSION_LEAD).truncatedTo(ChronoUnit.SECONDS);
        placeTheGroup();
        placeTheClientWork();
    }

    private static void placeTheGroup() {
        Map<String, Object> group = soiteOrder("GROUP_CO_LEADING", startsAt);
        group.putAll(Map.of("audience", "CLIENTS", "eventScope", "LOCAL", "sessions", 3,
                "frequency", "EVERY_TWO_WEEKS"));
        var placed = place("orderer.soite", group);
        groupOrder = placed.text("id");
        assertThat(placed.body().path("sessions").size()).isEqualTo(3);
        var proposed = gateway.post(orderPath(groupOrder) + "/proposals", token("coordinator.soite"),
                Map.of("expertIds", List.of(soiteExpert)));
        assertThat(proposed.status()).as("proposal: %s", proposed).isEqualTo(200);
        var chosen = gateway.post(orderPath(groupOrder) + "/choice", token("orderer.soite"),
                Map.of("expertId", soiteExpert));
        assertThat(chosen.status()).as("choice: %s", chosen).isEqualTo(200);
        groupAssignment = assignmentOf(chosen, soiteExpert).path("assignmentId").asString();
        var accepted = gateway.post(assignmentPath(groupOrder, groupAssignment) + "/accept", token("expert.soite"), null);
        assertThat(accepted.text("state")).as("accept: %s", accepted).isEqualTo("CONFIRMED");
    }

    private static void placeTheClientWork() {
        Map<String, Object> clientWork = ituOrder("INDIVIDUAL_WORK", startsAt);
        clientWork.putAll(Map.of("audience", "CLIENTS", "eventScope", "LOCAL", "route", "DIRECT",
                "expertIds", List.of(ituExpert)));
        var withoutConsent = gateway.post(ORDERS, token("orderer.itu"), clientWork);
        assertProblem(withoutConsent, 400, "consent-required");

        clientWork.put("consent", Map.of("givenOn", LocalDate.now(HELSINKI).toString(), "recordedBy", "orderer.itu"));
        var placed = place("orderer.itu", clientWork);
        clientOrder = placed.text("id");
        assertThat(placed.text("route")).isEqualTo("DIRECT");
        assertThat(placed.text("state")).isEqualTo("OFFERED");
        clientAssignment = assignmentOf(placed, ituExpert).path("assignmentId").asString();
        var accepted = gateway.post(assignmentPath(clientOrder, clientAssignment) + "/accept", token("expert.itu"), null);
        assertThat(accepted.text("state")).as("accept: %s", accepted).isEqualTo("CONFIRMED");
    }

    /** The demo usernames belong to one expert record at a time: the other system tests create their own. */
    @AfterAll
    static void releaseTheDemoExpertsUsernames() {
        assertThat(gateway.delete("/api/registry/me?confirm=true", token("expert.soite")).status()).isEqualTo(204);
        assertThat(gateway.delete("/api/registry/me?confirm=true", token("expert.itu")).status()).isEqualTo(204);
    }

    @Test
    @Order(1)
    void onlyOrderersPlaceOrdersAndFinanceNgosAndAdminsHaveNothingInOrdering() {
        Map<String, Object> lecture = soiteLecture(inDays(9));
        for (String refused : List.of("coordinator.soite", "expert.soite", "finance.soite", "ngo.soite", "admin")) {
            assertProblem(gateway.post(ORDERS, token(refused), lecture), 403, null);
        }
        for (String refused : List.of("finance.soite", "ngo.soite", "admin")) {
            assertProblem(gateway.get(ORDERS, token(refused)), 403, null);
            assertProblem(gateway.get(orderPath(groupOrder), token(refused)), 403, null);
            assertProblem(gateway.get("/api/ordering/queue", token(refused)), 403, null);
        }
        assertProblem(gateway.get("/api/ordering/queue", token("orderer.soite")), 403, null);
        assertProblem(gateway.get(orderPath(groupOrder), token("orderer.itu")), 403, null);
        assertThat(gateway.get(ORDERS, token("orderer.soite")).body().toString()).contains(groupOrder);
    }

    @Test
    @Order(2)
    void itaUusimaaNamesAnyExpertDirectlySoiteOnlyDeveloperCustomers() {
        var soiteDirect = gateway.post(ORDERS, token("orderer.soite"), direct(soiteLecture(inDays(3)), soiteExpert));
        assertProblem(soiteDirect, 400, "direct-order-not-allowed");

        Map<String, Object> development = soiteOrder("DEVELOPMENT_GROUP", inDays(3));
        development.put("role", "DEVELOPER_CUSTOMER");
        // Nothing has waited for this expert yet: ordering may still be learning of them.
        var developerOrder = await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post(ORDERS, token("orderer.soite"), direct(development, developerCustomer)),
                        reply -> reply.status() == 201);
        assertThat(developerOrder.text("route")).isEqualTo("DIRECT");
        assertThat(developerOrder.text("state")).isEqualTo("OFFERED");
        assertThat(assignmentOf(developerOrder, developerCustomer).path("state").asString()).isEqualTo("OFFERED");

        var clientWork = gateway.get(orderPath(clientOrder), token("orderer.itu"));
        assertThat(clientWork.text("route")).isEqualTo("DIRECT");
        assertThat(clientWork.text("state")).isEqualTo("CONFIRMED");
    }

    @Test
    @Order(3)
    void theOfferedExpertDeclinesWithAReasonAndTheOrderGoesBackToTheQueue() {
        String order = orderPath(declinedOrder);
        Map<String, Object> proposal = Map.of("expertIds", List.of(soiteExpert));
        assertProblem(gateway.post(order + "/proposals", token("coordinator.itu"), proposal), 403, null);
        assertProblem(gateway.post(order + "/proposals", token("orderer.soite"), proposal), 403, null);
        assertProblem(gateway.post(order + "/choice", token("orderer.itu"), Map.of("expertId", soiteExpert)), 403, null);
        assertProblem(gateway.post(order + "/choice", token("coordinator.soite"), Map.of("expertId", soiteExpert)),
                403, null);

        var chosen = gateway.post(order + "/choice", token("orderer.soite"), Map.of("expertId", soiteExpert));
        assertThat(chosen.text("state")).as("choice: %s", chosen).isEqualTo("OFFERED");
        String assignment = assignmentPath(declinedOrder, assignmentOf(chosen, soiteExpert).path("assignmentId").asString());
        assertThat(gateway.get("/api/ordering/my/assignments", token("expert.soite")).body().toString())
                .contains(declinedOrder, groupOrder);
        assertThat(gateway.get("/api/ordering/my/assignments", token("expert.itu")).body().toString())
                .doesNotContain(declinedOrder);

        assertProblem(gateway.post(assignment + "/accept", token("expert.itu"), null), 403, null);
        assertProblem(gateway.post(assignment + "/decline", token("expert.itu"), Map.of("reason", "not mine")), 403, null);
        assertProblem(gateway.post(assignment + "/decline", token("orderer.soite"), Map.of()), 403, null);

        var declined = gateway.post(assignment + "/decline", token("expert.soite"),
                Map.of("reason", "Away on a course that week"));
        assertThat(declined.status()).as("decline: %s", declined).isEqualTo(200);
        assertThat(declined.text("state")).isEqualTo("OPEN");
        JsonNode offer = gateway.get(orderPath(declinedOrder), token("orderer.soite")).body()
                .path("assignments").path(0);
        assertThat(offer.path("state").asString()).isEqualTo("DECLINED");
        assertThat(offer.path("declineReason").asString()).isEqualTo("Away on a course that week");
        assertProblem(gateway.post(assignment + "/accept", token("expert.soite"), null), 409, "offer-not-open");

        assertThat(queueOf("coordinator.soite")).contains(declinedOrder);
        assertThat(steps(declinedOrder, "orderer.soite")).containsSubsequence(
                "PLACED by orderer.soite", "CANDIDATES_PROPOSED by coordinator.soite",
                "CANDIDATE_CHOSEN by orderer.soite", "EXPERT_OFFERED by orderer.soite",
                "OFFER_DECLINED by expert.soite");
    }

    @Test
    @Order(4)
    void aSessionMovedByAgreementKeepsItsIdAndALateCancellationByTheUnitIsPaid() {
        String orderId = confirmedSoiteLecture(CLASS_START.plus(Duration.ofHours(5)));
        String order = orderPath(orderId);
        JsonNode session = gateway.get(order, token("orderer.soite")).body().path("sessions").path(0);
        String sessionId = session.path("sessionId").asString();
        Instant moved = Instant.parse(session.path("startsAt").asString()).plus(Duration.ofHours(1));
        Map<String, Object> newTime = Map.of("startsAt", moved.toString(), "durationMinutes", 60);
        String reschedule = order + "/sessions/" + sessionId + "/reschedule";
        for (String refused : List.of("coordinator.itu", "orderer.itu", "expert.soite", "finance.soite")) {
            assertProblem(gateway.post(reschedule, token(refused), newTime), 403, null);
        }

        var rescheduled = gateway.post(reschedule, token("coordinator.soite"), newTime);
        assertThat(rescheduled.status()).as("reschedule: %s", rescheduled).isEqualTo(200);
        JsonNode movedSession = rescheduled.body().path("sessions").path(0);
        assertThat(movedSession.path("sessionId").asString()).isEqualTo(sessionId);
        assertThat(Instant.parse(movedSession.path("startsAt").asString())).isEqualTo(moved);

        Map<String, Object> reason = Map.of("reason", "The training day was called off");
        for (String refused : List.of("coordinator.soite", "orderer.itu", "expert.soite")) {
            assertProblem(gateway.post(order + "/cancel", token(refused), reason), 403, null);
        }
        var cancelled = gateway.post(order + "/cancel", token("orderer.soite"), reason);
        assertThat(cancelled.status()).as("cancel: %s", cancelled).isEqualTo(200);
        assertThat(cancelled.text("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.body().path("sessions").path(0).path("status").asString()).isEqualTo("CANCELLED");
        JsonNode cancellation = historyOf(orderId, "orderer.soite").stream()
                .filter(entry -> entry.path("step").asString().equals("ORDER_CANCELLED")).findFirst().orElseThrow();
        assertThat(cancellation.path("by").asString()).isEqualTo("orderer.soite");
        assertThat(cancellation.path("detail").asString()).isEqualTo("The training day was called off");
        assertThat(Instant.parse(cancellation.path("at").asString())).isBefore(Instant.now());
        assertThat(steps(orderId, "orderer.soite")).contains("SESSION_RESCHEDULED by coordinator.soite");

        // Cancelled after 15:00 of the day before the session: the expert is paid the planned occasion.
        JsonNode line = awaitFeeLine(SOITE, "finance.soite", orderId);
        assertThat(line.path("expertId").asString()).isEqualTo(soiteExpert);
        assertThat(line.path("basis").asString()).isEqualTo("LATE_CANCELLATION");
        assertThat(line.path("grossCents").asLong()).isEqualTo(7500);
    }

    @Test
    @Order(5)
    void anExpertFallenIllWithdrawsTheOrderReopensForABackupAndNoFeeIsDue() {
        String order = orderPath(illnessOrder);
        var chosen = gateway.post(order + "/choice", token("orderer.itu"), Map.of("expertId", ituExpert));
        String assignment = assignmentPath(illnessOrder, assignmentOf(chosen, ituExpert).path("assignmentId").asString());
        assertThat(gateway.post(assignment + "/accept", token("expert.itu"), null).text("state")).isEqualTo("CONFIRMED");
        assertThat(queueOf("coordinator.itu")).doesNotContain(illnessOrder);

        Map<String, Object> illness = Map.of("cause", "ILLNESS");
        assertProblem(gateway.post(assignment + "/cancel", token("expert.soite"), illness), 403, null);
        assertProblem(gateway.post(assignment + "/cancel", token("coordinator.itu"), illness), 403, null);
        var withdrawn = gateway.post(assignment + "/cancel", token("expert.itu"), illness);
        assertThat(withdrawn.status()).as("withdrawal: %s", withdrawn).isEqualTo(200);
        assertThat(withdrawn.text("state")).isEqualTo("OPEN");

        JsonNode cancelledAssignment = assignmentOf(gateway.get(order, token("coordinator.itu")), ituExpert);
        assertThat(cancelledAssignment.path("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelledAssignment.path("cancelCause").asString()).isEqualTo("ILLNESS");
        assertThat(queueOf("coordinator.itu")).contains(illnessOrder);
        assertThat(queueOf("coordinator.soite")).doesNotContain(illnessOrder);
        assertThat(steps(illnessOrder, "orderer.itu")).contains("ASSIGNMENT_CANCELLED by expert.itu");

        JsonNode line = awaitFeeLine(ITU, "finance.itu", illnessOrder);
        assertThat(line.path("basis").asString()).isEqualTo("EXPERT_ILL");
        assertThat(line.path("state").asString()).isEqualTo("NOT_PAYABLE");
        assertThat(line.path("payoutCents").asLong()).isZero();
    }

    @Test
    @Order(6)
    void ofTwoCoordinatorsProposingAtTheSameMomentExactlyOneWins() throws Exception {
        // Two requests sent together meet in the service only most of the time: a few orders make a meeting certain.
        boolean met = false;
        for (int attempt = 0; attempt < 5 && !met; attempt++) {
            String orderId = place("orderer.soite", soiteLecture(inDays(20 + attempt))).text("id");
            List<Gateway.Reply> replies = proposeTogether(orderId, token("coordinator.soite"), fresh("coordinator.soite"));

            long won = replies.stream().filter(reply -> reply.status() == 200).count();
            replies.stream().filter(reply -> reply.status() != 200)
                    .forEach(lost -> assertProblem(lost, 409, "concurrent-update"));
            assertThat(won).isPositive();
            assertThat(steps(orderId, "orderer.soite").stream().filter(step -> step.startsWith("CANDIDATES_PROPOSED")))
                    .hasSize((int) won);
            met = won == 1;
        }
        assertThat(met).as("two proposals at the same moment met in the service").isTrue();
    }

    @Test
    @Order(7)
    void onceStartedTheGroupsEmptySessionIsReturnedReportedAgainApprovedAndTheGroupEndsEarly() {
        await().atMost(SESSION_LEAD.plusSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(startsAt));
        String order = orderPath(groupOrder);
        String session = gateway.get(order, token("orderer.soite")).body().path("sessions").path(0)
                .path("sessionId").asString();
        String work = assignmentPath(groupOrder, groupAssignment) + "/sessions/" + session;
        Map<String, Object> nobodyCame = Map.of("outcome", "HELD", "participants", 0, "minutesWorked", 30);

        assertProblem(gateway.post(work + "/approve", token("orderer.soite"), null), 409, "not-reported");
        assertProblem(gateway.post(work + "/report", token("expert.itu"), nobodyCame), 403, null);
        assertProblem(gateway.post(work + "/report", token("orderer.soite"), nobodyCame), 403, null);
        var reported = gateway.post(work + "/report", token("expert.soite"), nobodyCame);
        assertThat(reported.status()).as("report: %s", reported).isEqualTo(200);
        assertThat(workOf(reported, soiteExpert).path("outcome").asString()).isEqualTo("NO_PARTICIPANTS");

        Map<String, Object> comment = Map.of("comment", "Add the 20 minutes spent waiting");
        assertProblem(gateway.post(work + "/return", token("coordinator.soite"), comment), 403, null);
        assertProblem(gateway.post(work + "/return", token("orderer.itu"), comment), 403, null);
        var returned = gateway.post(work + "/return", token("orderer.soite"), comment);
        assertThat(workOf(returned, soiteExpert).path("state").asString()).as("return: %s", returned)
                .isEqualTo("RETURNED");
        var reportedAgain = gateway.post(work + "/report", token("expert.soite"),
                Map.of("outcome", "NO_PARTICIPANTS", "participants", 0, "minutesWorked", 50));
        assertThat(workOf(reportedAgain, soiteExpert).path("state").asString()).as("report again: %s", reportedAgain)
                .isEqualTo("REPORTED");
        assertProblem(gateway.post(work + "/approve", token("coordinator.soite"), null), 403, null);
        var approved = gateway.post(work + "/approve", token("orderer.soite"), null);
        JsonNode approvedWork = workOf(approved, soiteExpert);
        assertThat(approvedWork.path("state").asString()).as("approval: %s", approved).isEqualTo("APPROVED");
        assertThat(approvedWork.path("decidedBy").asString()).isEqualTo("orderer.soite");

        Map<String, Object> compelling = Map.of("reason", "COMPELLING");
        for (String refused : List.of("expert.soite", "coordinator.itu", "orderer.itu")) {
            assertProblem(gateway.post(order + "/end-early", token(refused), compelling), 403, null);
        }
        var ended = gateway.post(order + "/end-early", token("coordinator.soite"), compelling);
        assertThat(ended.status()).as("end early: %s", ended).isEqualTo(200);
        assertThat(ended.body().path("sessions").valueStream().map(s -> s.path("status").asString()))
                .containsExactly("PLANNED", "DROPPED", "DROPPED");
        assertThat(ended.text("state")).isEqualTo("COMPLETED");

        List<JsonNode> history = historyOf(groupOrder, "coordinator.soite");
        assertThat(history).allSatisfy(entry -> assertThat(Instant.parse(entry.path("at").asString()))
                .isBetween(CLASS_START, Instant.now()));
        assertThat(history.stream().map(OrderingSystemIT::stepBy)).containsExactly(
                "PLACED by orderer.soite", "CANDIDATES_PROPOSED by coordinator.soite",
                "CANDIDATE_CHOSEN by orderer.soite", "EXPERT_OFFERED by orderer.soite",
                "OFFER_ACCEPTED by expert.soite", "CONFIRMED by expert.soite",
                "WORK_REPORTED by expert.soite", "WORK_RETURNED by orderer.soite",
                "WORK_REPORTED by expert.soite", "WORK_APPROVED by orderer.soite",
                "GROUP_ENDED_EARLY by coordinator.soite");
    }

    @Test
    @Order(8)
    void onceStartedAClientWhoDidNotTurnUpIsReportedAndApproved() {
        String session = gateway.get(orderPath(clientOrder), token("orderer.itu")).body().path("sessions").path(0)
                .path("sessionId").asString();
        String work = assignmentPath(clientOrder, clientAssignment) + "/sessions/" + session;
        Map<String, Object> noShow = Map.of("outcome", "CLIENT_NO_SHOW", "participants", 0, "minutesWorked", 15);

        assertProblem(gateway.post(work + "/report", token("expert.soite"), noShow), 403, null);
        var reported = gateway.post(work + "/report", token("expert.itu"), noShow);
        assertThat(workOf(reported, ituExpert).path("outcome").asString()).as("report: %s", reported)
                .isEqualTo("CLIENT_NO_SHOW");
        assertProblem(gateway.post(work + "/approve", token("orderer.soite"), null), 403, null);
        assertProblem(gateway.post(work + "/approve", token("expert.itu"), null), 403, null);
        var approved = gateway.post(work + "/approve", token("orderer.itu"), null);
        assertThat(approved.text("state")).as("approval: %s", approved).isEqualTo("COMPLETED");
        assertThat(steps(clientOrder, "orderer.itu")).containsExactly(
                "PLACED by orderer.itu", "EXPERT_OFFERED by orderer.itu", "OFFER_ACCEPTED by expert.itu",
                "CONFIRMED by expert.itu", "WORK_REPORTED by expert.itu", "WORK_APPROVED by orderer.itu");
    }

    private static List<Gateway.Reply> proposeTogether(String orderId, String... coordinators) throws Exception {
        CyclicBarrier together = new CyclicBarrier(coordinators.length);
        ExecutorService threads = Executors.newFixedThreadPool(coordinators.length);
        try {
            List<Future<Gateway.Reply>> replies = Arrays.stream(coordinators)
                    .map(coordinator -> threads.submit(() -> {
                        together.await();
                        return gateway.post(orderPath(orderId) + "/proposals", coordinator,
                                Map.of("expertIds", List.of(soiteExpert)));
                    }))
                    .toList();
            List<Gateway.Reply> answered = new ArrayList<>();
            for (Future<Gateway.Reply> reply : replies) {
                answered.add(reply.get());
            }
            return answered;
        } finally {
            threads.shutdown();
        }
    }

    private static String confirmedSoiteLecture(Instant at) {
        String orderId = place("orderer.soite", soiteLecture(at)).text("id");
        var proposed = gateway.post(orderPath(orderId) + "/proposals", token("coordinator.soite"),
                Map.of("expertIds", List.of(soiteExpert)));
        assertThat(proposed.status()).as("proposal: %s", proposed).isEqualTo(200);
        var chosen = gateway.post(orderPath(orderId) + "/choice", token("orderer.soite"), Map.of("expertId", soiteExpert));
        String assignment = assignmentOf(chosen, soiteExpert).path("assignmentId").asString();
        var accepted = gateway.post(assignmentPath(orderId, assignment) + "/accept", token("expert.soite"), null);
        assertThat(accepted.text("state")).as("accept: %s", accepted).isEqualTo("CONFIRMED");
        return orderId;
    }

    private static JsonNode awaitFeeLine(String county, String finance, String orderId) {
        return await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/fees/lines?county=" + county, token(finance)).body().valueStream()
                        .filter(line -> line.path("orderId").asString().equals(orderId)).toList(),
                        lines -> lines.size() == 1)
                .get(0);
    }

    private static void awaitProposal(String orderId, String coordinator, String expertId) {
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post(orderPath(orderId) + "/proposals", token(coordinator),
                        Map.of("expertIds", List.of(expertId))), reply -> reply.status() == 200);
    }

    private static String queueOf(String coordinator) {
        var queue = gateway.get("/api/ordering/queue", token(coordinator));
        assertThat(queue.status()).isEqualTo(200);
        return queue.body().toString();
    }

    private static List<JsonNode> historyOf(String orderId, String reader) {
        var history = gateway.get(orderPath(orderId) + "/history", token(reader));
        assertThat(history.status()).as("history: %s", history).isEqualTo(200);
        return history.body().valueStream().toList();
    }

    private static List<String> steps(String orderId, String reader) {
        return historyOf(orderId, reader).stream().map(OrderingSystemIT::stepBy).toList();
    }

    private static String stepBy(JsonNode entry) {
        return entry.path("step").asString() + " by " + entry.path("by").asString();
    }

    private static JsonNode assignmentOf(Gateway.Reply order, String expertId) {
        return order.body().path("assignments").valueStream()
                .filter(assignment -> assignment.path("expertId").asString().equals(expertId))
                .findFirst().orElseThrow(() -> new AssertionError("no assignment of " + expertId + " in " + order));
    }

    private static JsonNode workOf(Gateway.Reply order, String expertId) {
        return assignmentOf(order, expertId).path("work").path(0);
    }

    private static void assertProblem(Gateway.Reply reply, int status, String type) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(reply.text("type")).isEqualTo(PROBLEM + type);
        }
    }

    private static Gateway.Reply place(String orderer, Map<String, Object> order) {
        var placed = gateway.post(ORDERS, token(orderer), order);
        assertThat(placed.status()).as("order: %s", placed).isEqualTo(201);
        return placed;
    }

    private static String orderPath(String orderId) {
        return ORDERS + "/" + orderId;
    }

    private static String assignmentPath(String orderId, String assignmentId) {
        return orderPath(orderId) + "/assignments/" + assignmentId;
    }

    private static Instant inDays(int days) {
        return CLASS_START.plus(Duration.ofDays(days));
    }

    private static Map<String, Object> direct(Map<String, Object> order, String expertId) {
        order.putAll(Map.of("route", "DIRECT", "expertIds", List.of(expertId)));
        return order;
    }

    private static Map<String, Object> soiteLecture(Instant at) {
        return soiteOrder("LECTURE_REGIONAL", at);
    }

    private static Map<String, Object> ituLecture(Instant at) {
        return ituOrder("LECTURE", at);
    }

    private static Map<String, Object> soiteOrder(String taskType, Instant at) {
        return order(taskType, at, "Kokkola, koulutustila 2", "KP-4100");
    }

    private static Map<String, Object> ituOrder(String taskType, Instant at) {
        return order(taskType, at, "Porvoo, sosiaalitoimisto", "IU-2200");
    }

    private static Map<String, Object> order(String taskType, Instant at, String place, String costCentre) {
        return new HashMap<>(Map.of("taskType", taskType, "role", "EXPERT_BY_EXPERIENCE",
                "topic", "Recovery from depression", "audience", "PROFESSIONALS", "eventScope", "REGIONAL",
                "startsAt", at.toString(), "durationMinutes", 60, "place", place, "costCentre", costCentre,
                "language", "fi"));
    }

    private static String addMember(String memberPath, String ngo, Map<String, Object> member) {
        var added = gateway.put(memberPath, ngo, member);
        assertThat(added.status()).as("NGO sync: %s", added).isEqualTo(201);
        return added.text("id");
    }

    private static void recordContract(String expertId, String county, String coordinator) {
        var contract = gateway.put("/api/registry/experts/" + expertId + "/contracts/" + county, token(coordinator),
                Map.of("validFrom", LocalDate.now(HELSINKI).minusDays(1).toString()));
        assertThat(contract.status()).as("contract: %s", contract).isEqualTo(200);
    }

    private static Map<String, Object> member(String username, String firstName, String county, String municipality,
            String role, List<String> taskTypes) {
        Map<String, Object> member = new HashMap<>(Map.of(
                "firstName", firstName,
                "lastName", "Tilaustesti",
                "homeCounty", county,
                "municipality", municipality,
                "roles", List.of(role),
                "topics", List.of("MENTAL_HEALTH"),
                "languages", List.of("fi"),
                "taskTypes", taskTypes,
                "feeWanted", true,
                "contact", Map.of("email", firstName.toLowerCase() + ".tilaustesti@example.org")));
        member.put("consents", List.of(Map.of("kind", "REGISTRY_LISTING", "granted", true,
                "decidedAt", "2026-01-15T10:00:00Z", "textVersion", "registry-v1")));
        member.put("username", username);
        return member;
    }

    private static String token(String username) {
        return tokens.computeIfAbsent(username, OrderingSystemIT::fresh);
    }

    /** A token of its own, as a second browser of the same person would have. */
    private static String fresh(String username) {
        return keycloak.userToken(username);
    }
}
