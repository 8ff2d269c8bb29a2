package fi.kokemus.registry.adapter.in.web;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
class DuplicateMergeControllerTest {

    private static final RequestPostProcessor COORDINATOR_ITU =
            TestActors.as("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", "itu-coordination");
    private static final RequestPostProcessor NGO_ITA =
            TestActors.as("service-account-ngo-sync-ita", Role.NGO_PARTNER, "ita-uusimaa", "ngo-ita");

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;
    @Autowired
    InMemoryDuplicateCandidates candidates;
    @Autowired
    InMemoryAuditLog auditLog;

    private Expert keski;
    private Expert ita;
    private DuplicateCandidate candidate;

    @BeforeEach
    void flaggedPair() {
        experts.clear();
        candidates.clear();
        auditLog.clear();
        keski = aProfile().username(null).register(new MemberReference("ngo-keski", "K-1"));
        ita = aProfile().username(null).municipality("091").register(new MemberReference("ngo-ita", "I-1"));
        experts.save(keski);
        experts.save(ita);
        candidate = DuplicateCandidate.detected(keski.id(), ita.id(), Set.of(DuplicateReason.SAME_EMAIL),
                Set.of(County.KESKI_POHJANMAA), WebTestConfiguration.NOW);
        candidates.save(candidate);
    }

    @Test
    void aCoordinatorOfTheCountyMergesThePairAndTheOtherNgosSyncIsAnsweredMerged() throws Exception {
        merge(DuplicateCandidateControllerTest.COORDINATOR_SOITE, keski.id().value())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(candidate.id()))
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.kept").value(keski.id().value()))
                .andExpect(jsonPath("$.retired").value(ita.id().value()))
                .andExpect(jsonPath("$.differences[0]").value("municipality"))
                .andExpect(jsonPath("$.mergedBy").isNotEmpty())
                .andExpect(jsonPath("$.mergedAt").value("2026-11-20T08:00:00Z"));
        assertThat(experts.findById(ita.id())).isEmpty();
        assertThat(auditLog.entries()).hasSize(2);

        mvc.perform(put("/api/registry/organisations/ngo-ita/members/I-1").with(NGO_ITA)
                        .contentType(MediaType.APPLICATION_JSON).content(MemberSyncControllerTest.AINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("MERGED"))
                .andExpect(jsonPath("$.mergedInto").value(keski.id().value()));

        merge(DuplicateCandidateControllerTest.COORDINATOR_SOITE, keski.id().value())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:already-merged"));
    }

    @Test
    void otherCountiesAndRolesAreRefusedAndBadInputIsAProblem() throws Exception {
        merge(COORDINATOR_ITU, keski.id().value())
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        for (RequestPostProcessor refused : new RequestPostProcessor[] {ExpertControllerTest.ORDERER_SOITE,
                MemberSyncControllerTest.NGO_KESKI,
                TestActors.as("finance.soite", Role.FINANCE, "keski-pohjanmaa", null)}) {
            merge(refused, keski.id().value())
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        merge(DuplicateCandidateControllerTest.COORDINATOR_SOITE, "00000000-0000-4000-8000-000000000000")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:keep-not-in-pair"));
        mvc.perform(post(DuplicateCandidateController.CANDIDATES + "/unknown~pair/merge")
                        .with(DuplicateCandidateControllerTest.COORDINATOR_SOITE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"keep\":\"" + keski.id().value() + "\"}"))
                .andExpect(status().isNotFound());
        merge(DuplicateCandidateControllerTest.COORDINATOR_SOITE, "")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(experts.findById(ita.id())).isPresent();
        assertThat(candidates.find(candidate.id()).orElseThrow().status()).isEqualTo(DuplicateCandidate.Status.OPEN);
        assertThat(auditLog.entries()).isEmpty();
    }

    private ResultActions merge(RequestPostProcessor actor, String keep) throws Exception {
        return mvc.perform(post(DuplicateCandidateController.CANDIDATES + "/" + candidate.id() + "/merge").with(actor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"keep\":\"" + keep + "\",\"note\":\"same birth date\"}"));
    }
}
