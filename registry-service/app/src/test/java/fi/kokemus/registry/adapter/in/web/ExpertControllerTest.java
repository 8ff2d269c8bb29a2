package fi.kokemus.registry.adapter.in.web;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.ProfileBuilder;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformWebMvcTest
@Import(WebTestConfiguration.class)
class ExpertControllerTest {

    static final RequestPostProcessor COORDINATOR_SOITE =
            TestActors.as("coordinator.soite", Role.COORDINATOR, "keski-pohjanmaa", "soite-coordination");
    static final RequestPostProcessor ORDERER_SOITE =
            TestActors.as("orderer.soite", Role.ORDERER, "keski-pohjanmaa", "soite-mental-health-unit");
    static final RequestPostProcessor EXPERT_SOITE =
            TestActors.as("expert.soite", Role.EXPERT, "keski-pohjanmaa", "ngo-keski");

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;
    @Autowired
    InMemoryAuditLog auditLog;

    private Expert aino;

    @BeforeEach
    void storeExperts() {
        experts.clear();
        auditLog.clear();
        aino = store("M-1001", aProfile().username("expert.soite"));
        store("M-1002", aProfile().username(null).name("Eero", "Esimerkki").topics("VIOLENCE"));
        storeFormerMember("M-1003", aProfile().username(null).name("Paula", "Passiivi"));
        store("M-2001", aProfile().username("expert.itu").name("Ilkka", "Idasta").homeCounty(County.ITA_UUSIMAA));
    }

    @Test
    void theHomeCountysCoordinatorSeesTheFullRecordAndTheReadIsAuditedWithItsPurpose() throws Exception {
        view(COORDINATOR_SOITE, "?purpose=order 42")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Aino"))
                .andExpect(jsonPath("$.contact.email").value("aino.testinen@example.org"));

        assertThat(auditLog.entries()).containsExactly(new AuditEntry(aino.id(), "sub-coordinator.soite",
                Optional.of("coordinator.soite"), Role.COORDINATOR, WebTestConfiguration.NOW, new ReadPurpose("order 42")));
    }

    @Test
    void theOwningNgoSeesTheFullRecord() throws Exception {
        view(MemberSyncControllerTest.NGO_KESKI, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.phone").value("+358 40 000 0001"));
        assertThat(auditLog.entries()).extracting(AuditEntry::purpose).containsExactly(ReadPurpose.VIEW);
    }

    @Test
    void anOrdererSeesThePublicProfileWithoutNamesOrContactDetails() throws Exception {
        view(ORDERER_SOITE, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Aino T."))
                .andExpect(jsonPath("$.topics[0]").value("MENTAL_HEALTH"))
                .andExpect(jsonPath("$.contact").doesNotExist())
                .andExpect(jsonPath("$.lastName").doesNotExist())
                .andExpect(jsonPath("$.username").doesNotExist())
                .andExpect(jsonPath("$.diagnoses").doesNotExist())
                .andExpect(jsonPath("$.consents").doesNotExist());
        assertThat(auditLog.entries()).extracting(AuditEntry::role).containsExactly(Role.ORDERER);
    }

    @Test
    void theExpertSeesTheirOwnRecordWithoutAnAuditEntry() throws Exception {
        view(EXPERT_SOITE, "").andExpect(status().isOk()).andExpect(jsonPath("$.contact.email").exists());
        mvc.perform(get("/api/registry/me").with(EXPERT_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(aino.id().value()));

        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void otherCountiesOtherExpertsFinanceAndAdminsAreForbidden() throws Exception {
        RequestPostProcessor[] refused = {
            TestActors.as("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", "itu-coordination"),
            TestActors.as("orderer.itu", Role.ORDERER, "ita-uusimaa", "itu-social-work-unit"),
            TestActors.as("ngo.itu", Role.NGO_PARTNER, "ita-uusimaa", "ngo-ita"),
            TestActors.as("expert.itu", Role.EXPERT, "ita-uusimaa", "ngo-ita"),
            TestActors.as("finance.soite", Role.FINANCE, "keski-pohjanmaa", null),
            TestActors.as("admin", Role.ADMIN, null, null)};
        for (RequestPostProcessor actor : refused) {
            view(actor, "").andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(startsWith("urn:kokemus:problem:")));
        }
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void malformedAndUnknownIdsAreProblems() throws Exception {
        mvc.perform(get("/api/registry/experts/not-a-uuid").with(COORDINATOR_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
        mvc.perform(get("/api/registry/experts/" + ExpertId.random()).with(COORDINATOR_SOITE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:expert-not-found"));
        mvc.perform(get("/api/registry/experts/" + aino.id()).param("purpose", "x".repeat(201)).with(COORDINATOR_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("purpose"));
    }

    @Test
    void anExpertWithoutARecordHasNoOwnRecord() throws Exception {
        mvc.perform(get("/api/registry/me").with(TestActors.as("expert.new", Role.EXPERT, "keski-pohjanmaa", null)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/me").with(COORDINATOR_SOITE)).andExpect(status().isForbidden());
    }

    @Test
    void countyStaffListTheActiveExpertsOfTheirCounty() throws Exception {
        mvc.perform(get("/api/registry/experts").with(ORDERER_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].displayName").value("Eero E."))
                .andExpect(jsonPath("$.items[1].displayName").value("Aino T."))
                .andExpect(jsonPath("$.items[0].contact").doesNotExist());
        mvc.perform(get("/api/registry/experts").param("topic", "MENTAL_HEALTH").param("size", "1")
                        .with(COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].displayName").value("Aino T."))
                .andExpect(jsonPath("$.size").value(1));
    }

    @Test
    void searchingIsForCountyStaffWithValidParameters() throws Exception {
        mvc.perform(get("/api/registry/experts").with(MemberSyncControllerTest.NGO_KESKI))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/experts").with(TestActors.as("finance.soite", Role.FINANCE, "keski-pohjanmaa", null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/experts").param("size", "101").with(ORDERER_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/registry/experts").param("page", "first").with(ORDERER_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"));
        mvc.perform(get("/api/registry/experts").param("topic", "{\"$gt\":\"\"}").with(ORDERER_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("topic"));
    }

    private ResultActions view(RequestPostProcessor actor, String query) throws Exception {
        return mvc.perform(get("/api/registry/experts/" + aino.id() + query).with(actor));
    }

    /** An expert the NGO no longer lists as a member: in the registry, but not bookable. */
    private void storeFormerMember(String externalId, ProfileBuilder profile) {
        Expert expert = profile.register(new MemberReference("ngo-keski", externalId));
        expert.endMembership();
        experts.save(expert);
    }

    private Expert store(String externalId, ProfileBuilder profile) {
        Expert expert = profile.register(new MemberReference("ngo-keski", externalId));
        experts.save(expert);
        return expert;
    }
}
