package fi.kokemus.registry.adapter.in.web;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlatformWebMvcTest
@Import(WebTestConfiguration.class)
class SelfServiceControllerTest {

    private static final String PAUSE = """
            {"paused":true,"pauseReason":"hospital stay","unavailable":[{"from":"2026-12-24","until":"2026-12-26"}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;
    @Autowired
    InMemoryAuditLog auditLog;
    @Autowired
    InMemoryContactDisclosures disclosures;

    private Expert aino;

    @BeforeEach
    void storeTheExpert() {
        experts.clear();
        auditLog.clear();
        aino = aProfile().username("expert.soite").register(new MemberReference("ngo-keski", "M-1001"));
        experts.save(aino);
    }

    @Test
    void theExpertEditsTheirPreferencesAndGetsTheWholeRecord() throws Exception {
        perform(put("/api/registry/me/preferences").with(ExpertControllerTest.EXPERT_SOITE), """
                {"contact":{"email":"aino.uusi@example.org"},"languages":["fi","sv"],
                 "taskTypes":["LECTURE_REGIONAL"],"wishes":"no evening tasks"}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.email").value("aino.uusi@example.org"))
                .andExpect(jsonPath("$.contact.phone").value(nullValue()))
                .andExpect(jsonPath("$.languages[1]").value("sv"))
                .andExpect(jsonPath("$.wishes").value("no evening tasks"))
                .andExpect(jsonPath("$.firstName").value("Aino"));
    }

    @Test
    void theExpertPausesWithAReason() throws Exception {
        perform(put("/api/registry/me/availability").with(ExpertControllerTest.EXPERT_SOITE), PAUSE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availability.paused").value(true))
                .andExpect(jsonPath("$.availability.pauseReason").value("hospital stay"))
                .andExpect(jsonPath("$.availability.unavailable[0].until").value("2026-12-26"))
                .andExpect(jsonPath("$.bookable").value(false));
    }

    @Test
    void badAvailabilitiesAreProblemsAndChangeNothing() throws Exception {
        String tooMany = "{\"paused\":false,\"unavailable\":["
                + "{\"from\":\"2026-12-01\",\"until\":\"2026-12-01\"},".repeat(51).replaceAll(",$", "") + "]}";
        for (String body : new String[] {
                "{\"paused\":true}",
                "{\"paused\":false,\"unavailable\":[{\"from\":\"2026-12-26\",\"until\":\"2026-12-24\"}]}",
                tooMany}) {
            perform(put("/api/registry/me/availability").with(ExpertControllerTest.EXPERT_SOITE), body)
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"));
        }
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void aConsentWithoutFurtherEffectSaysSo() throws Exception {
        consent("{\"kind\":\"PHOTOS_AND_SOCIAL_MEDIA\",\"granted\":true,\"textVersion\":\"photos-v2\"}", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effect").value("NONE"))
                .andExpect(jsonPath("$.expert.consents[?(@.kind=='PHOTOS_AND_SOCIAL_MEDIA')].decidedAt")
                        .value("2026-11-20T08:00:00Z"));
    }

    @Test
    void unknownConsentKindsAreBadRequests() throws Exception {
        consent("{\"kind\":\"EVERYTHING\",\"granted\":false,\"textVersion\":\"v1\"}", "")
                .andExpect(status().isBadRequest());
    }

    @Test
    void withdrawingTheListingNeedsConfirmationThenErases() throws Exception {
        String withdrawal = "{\"kind\":\"REGISTRY_LISTING\",\"granted\":false,\"textVersion\":\"registry-v1\"}";

        consent(withdrawal, "")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:erasure-needs-confirmation"));
        assertThat(experts.findById(aino.id())).isPresent();

        consent(withdrawal, "?confirmErasure=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effect").value("ERASED"))
                .andExpect(jsonPath("$.expert").doesNotExist());
        assertThat(experts.findById(aino.id())).isEmpty();
    }

    @Test
    void theExportIsOneAttachmentWithTheRecordReadsAndDisclosures() throws Exception {
        auditLog.record(new AuditEntry(aino.id(), "sub-coordinator.soite", Optional.of("coordinator.soite"),
                Role.COORDINATOR, WebTestConfiguration.NOW, new ReadPurpose("order 42")));
        disclosures.discloseTo(aino.id(), "soite-mental-health-unit", "a-1");

        mvc.perform(get("/api/registry/me/export").with(ExpertControllerTest.EXPERT_SOITE))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"registry-export-" + aino.id().value() + ".json\""))
                .andExpect(jsonPath("$.record.contact.email").value("aino.testinen@example.org"))
                .andExpect(jsonPath("$.record.externalId").value("M-1001"))
                .andExpect(jsonPath("$.publicProfile.displayName").value("Aino T."))
                .andExpect(jsonPath("$.reads[0].actorUsername").value("coordinator.soite"))
                .andExpect(jsonPath("$.reads[0].purpose").value("order 42"))
                .andExpect(jsonPath("$.contactDisclosures[0].unitId").value("soite-mental-health-unit"))
                .andExpect(jsonPath("$.contactDisclosures[0].assignmentIds[0]").value("a-1"));
    }

    @Test
    void erasureNeedsConfirmation() throws Exception {
        mvc.perform(delete("/api/registry/me").with(ExpertControllerTest.EXPERT_SOITE))
                .andExpect(status().isConflict());
        assertThat(experts.findById(aino.id())).isPresent();

        mvc.perform(delete("/api/registry/me?confirm=true").with(ExpertControllerTest.EXPERT_SOITE))
                .andExpect(status().isNoContent());
        assertThat(experts.findById(aino.id())).isEmpty();
    }

    @Test
    void staffAndExpertsWithoutARecordCannotUseIt() throws Exception {
        perform(put("/api/registry/me/availability").with(ExpertControllerTest.COORDINATOR_SOITE), PAUSE)
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/me/export").with(fi.kokemus.platform.test.TestActors.as(
                        "expert.itu", Role.EXPERT, "ita-uusimaa", "ngo-ita")))
                .andExpect(status().isNotFound());
        assertThat(experts.savedEvents()).hasSize(1);
    }

    private ResultActions consent(String body, String query) throws Exception {
        return perform(post("/api/registry/me/consents" + query).with(ExpertControllerTest.EXPERT_SOITE), body);
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
