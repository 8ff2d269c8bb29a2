package fi.kokemus.registry.adapter.in.web;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformWebMvcTest
@Import(WebTestConfiguration.class)
class ExpertMaintenanceControllerTest {

    static final RequestPostProcessor COORDINATOR_ITU =
            TestActors.as("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", "itu-coordination");
    static final RequestPostProcessor ADMIN = TestActors.as("admin", Role.ADMIN, null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;
    @Autowired
    InMemoryAuditLog auditLog;

    private Expert aino;
    private Expert senior;

    @BeforeEach
    void storeExperts() {
        experts.clear();
        auditLog.clear();
        aino = aProfile().username("expert.soite").register(new MemberReference("ngo-keski", "M-1001"));
        senior = aProfile().username("senior.soite").name("Eero", "Esimerkki")
                .register(new MemberReference("ngo-keski", "M-1002"));
        experts.save(aino);
        experts.save(senior);
    }

    @Test
    void theCountysCoordinatorRecordsItsContract() throws Exception {
        put(ExpertControllerTest.COORDINATOR_SOITE, "/contracts/keski-pohjanmaa",
                "{\"validFrom\":\"2026-01-01\",\"validUntil\":\"2026-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contracts[0].county").value("keski-pohjanmaa"))
                .andExpect(jsonPath("$.contracts[0].validUntil").value("2026-12-31"));
    }

    @Test
    void contractsOfOtherCountiesAndBadPeriodsAreRefused() throws Exception {
        put(ExpertControllerTest.COORDINATOR_SOITE, "/contracts/ita-uusimaa", "{\"validFrom\":\"2026-01-01\"}")
                .andExpect(status().isForbidden());
        put(COORDINATOR_ITU, "/contracts/ita-uusimaa", "{\"validFrom\":\"2026-01-01\"}")
                .andExpect(status().isForbidden());
        put(ExpertControllerTest.COORDINATOR_SOITE, "/contracts/keski-pohjanmaa",
                "{\"validFrom\":\"2026-12-31\",\"validUntil\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest());
        put(ExpertControllerTest.COORDINATOR_SOITE, "/contracts/atlantis", "{\"validFrom\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest());
        assertThat(experts.savedEvents()).hasSize(2);
    }

    @Test
    void theHomeCoordinatorRecordsCommitmentMentorAndPause() throws Exception {
        put(ExpertControllerTest.COORDINATOR_SOITE, "/confidentiality-commitment", "{\"signedOn\":\"2026-02-01\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confidentialityCommitment").value("2026-02-01"));
        put(ExpertControllerTest.COORDINATOR_SOITE, "/mentor",
                "{\"mentorId\":\"" + senior.id().value() + "\",\"from\":\"2026-02-01\",\"until\":\"2026-07-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentor.mentorId").value(senior.id().value()))
                .andExpect(jsonPath("$.mentor.period.until").value("2026-07-31"));
        put(ExpertControllerTest.COORDINATOR_SOITE, "/availability",
                "{\"paused\":true,\"pauseReason\":\"told the coordinator\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availability.paused").value(true));
        mvc.perform(delete(ExpertController.EXPERTS + "/" + aino.id().value() + "/mentor")
                        .with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentor").doesNotExist());
    }

    @Test
    void anUnknownMentorIsABadRequest() throws Exception {
        put(ExpertControllerTest.COORDINATOR_SOITE, "/mentor",
                "{\"mentorId\":\"00000000-0000-4000-8000-000000000000\",\"from\":\"2026-02-01\",\"until\":\"2026-07-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-value"));
    }

    @Test
    void anAdminErasesWithConfirmationAndAPurposeAndTheErasureIsAudited() throws Exception {
        erase(ADMIN, "?purpose=request 17").andExpect(status().isConflict());
        erase(ADMIN, "?confirm=true").andExpect(status().isBadRequest());
        assertThat(experts.findById(aino.id())).isPresent();

        erase(ADMIN, "?confirm=true&purpose=request 17").andExpect(status().isNoContent());

        assertThat(experts.findById(aino.id())).isEmpty();
        assertThat(auditLog.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.role()).isEqualTo(Role.ADMIN);
            assertThat(entry.purpose()).isEqualTo(new ReadPurpose("erasure: request 17"));
        });
    }

    @Test
    void othersCannotErase() throws Exception {
        erase(COORDINATOR_ITU, "?confirm=true&purpose=x").andExpect(status().isForbidden());
        erase(ExpertControllerTest.ORDERER_SOITE, "?confirm=true&purpose=x").andExpect(status().isForbidden());
        assertThat(experts.findById(aino.id())).isPresent();
    }

    private ResultActions put(RequestPostProcessor actor, String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(ExpertController.EXPERTS + "/" + aino.id().value() + path).with(actor)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions erase(RequestPostProcessor actor, String query) throws Exception {
        return mvc.perform(delete(ExpertController.EXPERTS + "/" + aino.id().value() + query).with(actor));
    }
}
