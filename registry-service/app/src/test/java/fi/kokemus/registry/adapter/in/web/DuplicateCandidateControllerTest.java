package fi.kokemus.registry.adapter.in.web;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformWebMvcTest
@Import(WebTestConfiguration.class)
class DuplicateCandidateControllerTest {

    static final RequestPostProcessor COORDINATOR_SOITE =
            TestActors.as("coordinator.soite", Role.COORDINATOR, "keski-pohjanmaa", "soite-coordination");

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;
    @Autowired
    InMemoryDuplicateCandidates candidates;
    @Autowired
    InMemoryAuditLog auditLog;

    private DuplicateCandidate candidate;

    @BeforeEach
    void flaggedPair() {
        experts.clear();
        candidates.clear();
        auditLog.clear();
        Expert keski = aProfile().username(null).register(new MemberReference("ngo-keski", "K-1"));
        Expert ita = aProfile().username(null).register(new MemberReference("ngo-ita", "I-1"));
        experts.save(keski);
        experts.save(ita);
        candidate = DuplicateCandidate.detected(keski.id(), ita.id(), Set.of(DuplicateReason.SAME_EMAIL),
                Set.of(County.KESKI_POHJANMAA), WebTestConfiguration.NOW);
        candidates.save(candidate);
    }

    @Test
    void aCoordinatorListsOpenCandidatesWithBothRecordsAndTheReadsAreAudited() throws Exception {
        mvc.perform(get("/api/registry/duplicate-candidates?status=OPEN").with(COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(candidate.id()))
                .andExpect(jsonPath("$[0].reasons[0]").value("SAME_EMAIL"))
                .andExpect(jsonPath("$[0].experts.length()").value(2))
                .andExpect(jsonPath("$[0].experts[0].email").value("aino.testinen@example.org"));
        assertThat(auditLog.entries()).hasSize(2);
    }

    @Test
    void aCoordinatorResolvesACandidate() throws Exception {
        resolve(COORDINATOR_SOITE, "{\"decision\":\"NOT_SAME_PERSON\",\"note\":\"different birth years\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISMISSED"));
        resolve(COORDINATOR_SOITE, "{\"decision\":\"SAME_PERSON\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:already-resolved"));
    }

    @Test
    void otherRolesAreForbiddenAndABadDecisionIsAProblem() throws Exception {
        mvc.perform(get("/api/registry/duplicate-candidates").with(MemberSyncControllerTest.NGO_KESKI))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        resolve(COORDINATOR_SOITE, "{\"decision\":\"MAYBE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/registry/duplicate-candidates?status=WHATEVER").with(COORDINATOR_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        assertThat(candidates.find(candidate.id()).orElseThrow().status()).isEqualTo(DuplicateCandidate.Status.OPEN);
        assertThat(auditLog.entries()).isEmpty();
    }

    private ResultActions resolve(RequestPostProcessor actor, String body)
            throws Exception {
        return mvc.perform(post("/api/registry/duplicate-candidates/" + candidate.id() + "/resolution").with(actor)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
