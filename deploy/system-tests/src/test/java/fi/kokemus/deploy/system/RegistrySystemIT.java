package fi.kokemus.deploy.system;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.deploy.local.KeycloakTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The registry through the gateway with Keycloak tokens, for every role that uses it: what each
 * may see and do, and what each is refused. Uses Itä-Uusimaa's demo accounts and its own member.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrySystemIT {

    private static final String MEMBER = "/api/registry/organisations/ngo-ita/members/M-2001";
    private static final String EMAIL = "ilkka.idasta@example.org";

    private static KeycloakTokens keycloak;
    private static Gateway gateway;
    private static String expertId;

    @BeforeAll
    static void useTheRunningSystem() {
        keycloak = RunningSystem.get().keycloak();
        gateway = RunningSystem.get().gateway();
    }

    @Test
    @Order(1)
    void anNgoMaintainsOnlyItsOwnMembersAndTheSameDataAgainChangesNothing() {
        String ngo = keycloak.userToken("ngo.itu");

        var created = gateway.put(MEMBER, ngo, member("Ilkka"));
        assertThat(created.status()).as("create: %s", created).isEqualTo(201);
        expertId = created.text("id");
        var again = gateway.put(MEMBER, ngo, member("Ilkka"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(created.body());

        var otherOrganisation = gateway.put("/api/registry/organisations/ngo-keski/members/M-2001", ngo,
                member("Ilkka"));
        assertThat(otherOrganisation.status()).isEqualTo(403);
        assertThat(otherOrganisation.contentType()).startsWith("application/problem+json");
        var unknownTopic = gateway.put("/api/registry/organisations/ngo-ita/members/M-2002", ngo,
                withTopic(member("Ville"), "NO_SUCH_TOPIC"));
        assertThat(unknownTopic.status()).isEqualTo(400);
        assertThat(unknownTopic.text("type")).isEqualTo("urn:kokemus:problem:unknown-taxonomy-code");
    }

    @Test
    @Order(2)
    void theCountysCoordinatorReadsTheWholeRecordAndItsOrdererThePublicProfileOnly() {
        var coordinator = gateway.get(record("choosing a lecturer"), keycloak.userToken("coordinator.itu"));
        assertThat(coordinator.status()).isEqualTo(200);
        assertThat(coordinator.body().path("contact").path("email").asString()).isEqualTo(EMAIL);
        assertThat(coordinator.body().path("diagnoses").toString()).contains("F30_F39");

        var orderer = gateway.get(record("view"), keycloak.userToken("orderer.itu"));
        assertThat(orderer.status()).isEqualTo(200);
        assertThat(orderer.text("displayName")).isEqualTo("Ilkka I.");
        assertThat(orderer.body().toString()).doesNotContain(EMAIL, "Idasta", "F30_F39", "diagnoses");

        assertThat(gateway.get(record("view"), keycloak.userToken("coordinator.soite")).status()).isEqualTo(403);
        assertThat(gateway.get(record("view"), keycloak.userToken("orderer.soite")).status()).isEqualTo(403);
        assertThat(gateway.get(record("view"), keycloak.userToken("expert.soite")).status()).isEqualTo(403);
        assertThat(gateway.get(record("view"), keycloak.userToken("finance.itu")).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void coordinatorsSearchByDiagnosisButOrderersMayNot() {
        String coordinatorSearch = "/api/registry/experts?diagnosis=F30_F39&text=ilkka";
        var found = gateway.get(coordinatorSearch, keycloak.userToken("coordinator.itu"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("items").toString()).contains(expertId);
        assertThat(found.body().toString()).doesNotContain(EMAIL);

        var ordererWithDiagnosis = gateway.get(coordinatorSearch, keycloak.userToken("orderer.itu"));
        assertThat(ordererWithDiagnosis.status()).isEqualTo(403);
        var orderer = gateway.get("/api/registry/experts?topic=MENTAL_HEALTH&text=ilkka",
                keycloak.userToken("orderer.itu"));
        assertThat(orderer.body().path("items").toString()).contains(expertId);
        assertThat(orderer.body().path("facets").has("diagnoses")).isFalse();

        assertThat(gateway.get("/api/registry/experts?text=ilkka", keycloak.userToken("coordinator.soite"))
                .body().path("items").toString()).doesNotContain(expertId);
        assertThat(gateway.get("/api/registry/experts", keycloak.userToken("finance.itu")).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void anAdminSeesWhoReadTheRecordAndWhy() {
        assertThat(gateway.get(auditOfTheExpert(), keycloak.userToken("coordinator.itu")).status()).isEqualTo(403);

        var audit = gateway.get(auditOfTheExpert(), keycloak.userToken("admin"));

        assertThat(audit.status()).isEqualTo(200);
        List<String> readers = audit.body().path("items").valueStream()
                .map(entry -> entry.path("actorUsername").asString() + ":" + entry.path("purpose").asString())
                .toList();
        assertThat(readers).contains("coordinator.itu:choosing a lecturer", "orderer.itu:view");
    }

    @Test
    @Order(5)
    void theExpertKeepsTheirOwnRecordExportsItAndErasesIt() {
        String expert = keycloak.userToken("expert.itu");

        assertThat(gateway.get("/api/registry/me", expert).text("id")).isEqualTo(expertId);
        var paused = gateway.put("/api/registry/me/availability", expert,
                Map.of("paused", true, "pauseReason", "family matters", "unavailable", List.of()));
        assertThat(paused.status()).as("pause: %s", paused).isEqualTo(200);
        assertThat(paused.body().path("bookable").asBoolean()).isFalse();
        var export = gateway.get("/api/registry/me/export", expert);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().toString()).contains(EMAIL, "coordinator.itu");

        assertThat(gateway.delete("/api/registry/me", expert).status()).isEqualTo(409);
        assertThat(gateway.delete("/api/registry/me?confirm=true", expert).status()).isEqualTo(204);

        assertThat(gateway.get(record("view"), keycloak.userToken("coordinator.itu")).status()).isEqualTo(404);
        assertThat(gateway.get("/api/registry/me", expert).status()).isEqualTo(404);
        var comeBack = gateway.put(MEMBER, keycloak.userToken("ngo.itu"), member("Ilkka"));
        assertThat(comeBack.status()).isEqualTo(410);
    }

    @Test
    @Order(6)
    void theSamePersonFromTwoNgosIsFlaggedAndMergedByTheCoordinatorIntoOneRecord() {
        Map<String, Object> person = Map.ofEntries(
                Map.entry("firstName", "Hanna"),
                Map.entry("lastName", "Kaksinen"),
                Map.entry("homeCounty", "ita-uusimaa"),
                Map.entry("municipality", "638"),
                Map.entry("roles", List.of("EXPERT_BY_EXPERIENCE")),
                Map.entry("topics", List.of("MENTAL_HEALTH")),
                Map.entry("languages", List.of("fi")),
                Map.entry("taskTypes", List.of("LECTURE_REGIONAL")),
                Map.entry("feeWanted", true),
                Map.entry("contact", Map.of("email", "hanna.kaksinen@example.org")),
                Map.entry("consents", List.of(consent("REGISTRY_LISTING"))));
        String ngoKeski = keycloak.serviceToken("ngo-sync-keski", "ngo-sync-keski-demo-secret");
        var first = gateway.put("/api/registry/organisations/ngo-ita/members/M-3001", keycloak.userToken("ngo.itu"),
                person);
        assertThat(first.status()).as("first NGO: %s", first).isEqualTo(201);
        var second = gateway.put("/api/registry/organisations/ngo-keski/members/K-3001", ngoKeski, person);
        assertThat(second.status()).as("second NGO: %s", second).isEqualTo(201);
        String kept = first.text("id");
        String retired = second.text("id");

        String coordinator = keycloak.userToken("coordinator.itu");
        var open = gateway.get("/api/registry/duplicate-candidates?status=OPEN", coordinator);
        assertThat(open.status()).isEqualTo(200);
        String candidate = open.body().valueStream()
                .filter(pair -> pair.toString().contains(kept) && pair.toString().contains(retired))
                .findFirst().orElseThrow(() -> new AssertionError("the pair is not flagged: " + open)).path("id")
                .asString();
        String merge = "/api/registry/duplicate-candidates/" + candidate + "/merge";
        Map<String, String> keepFirst = Map.of("keep", kept, "note", "the same person, confirmed by phone");
        assertThat(gateway.post(merge, keycloak.userToken("orderer.itu"), keepFirst).status()).isEqualTo(403);

        var merged = gateway.post(merge, coordinator, keepFirst);
        assertThat(merged.status()).as("merge: %s", merged).isEqualTo(200);
        assertThat(merged.text("status")).isEqualTo("MERGED");
        assertThat(merged.text("retired")).isEqualTo(retired);

        var syncedAgain = gateway.put("/api/registry/organisations/ngo-keski/members/K-3001", ngoKeski, person);
        assertThat(syncedAgain.status()).as("%s", syncedAgain).isEqualTo(200);
        assertThat(syncedAgain.text("outcome")).isEqualTo("MERGED");
        assertThat(syncedAgain.text("mergedInto")).isEqualTo(kept);
        assertThat(gateway.get("/api/registry/experts/" + retired + "?purpose=view", coordinator).status())
                .isEqualTo(404);
        assertThat(gateway.get("/api/registry/experts/" + kept + "?purpose=view", coordinator).body().toString())
                .contains("ngo-keski");
    }

    private static String record(String purpose) {
        return "/api/registry/experts/" + expertId + "?purpose=" + purpose.replace(" ", "%20");
    }

    private static String auditOfTheExpert() {
        return "/api/registry/audit?expertId=" + expertId;
    }

    private static Map<String, Object> withTopic(Map<String, Object> member, String topic) {
        var changed = new HashMap<>(member);
        changed.put("topics", List.of(topic));
        return changed;
    }

    private static Map<String, Object> member(String firstName) {
        return Map.ofEntries(
                Map.entry("username", "expert.itu"),
                Map.entry("firstName", firstName),
                Map.entry("lastName", "Idasta"),
                Map.entry("homeCounty", "ita-uusimaa"),
                Map.entry("municipality", "638"),
                Map.entry("roles", List.of("EXPERT_BY_EXPERIENCE")),
                Map.entry("topics", List.of("MENTAL_HEALTH")),
                Map.entry("diagnoses", List.of("F30_F39")),
                Map.entry("languages", List.of("fi", "sv")),
                Map.entry("taskTypes", List.of("LECTURE_REGIONAL")),
                Map.entry("feeWanted", true),
                Map.entry("contact", Map.of("email", EMAIL, "phone", "+358 40 000 2001")),
                Map.entry("consents", List.of(
                        consent("REGISTRY_LISTING"), consent("SENSITIVE_DATA"))));
    }

    private static Map<String, Object> consent(String kind) {
        return Map.of("kind", kind, "granted", true, "decidedAt", "2026-02-01T09:00:00Z", "textVersion", "v1");
    }
}
