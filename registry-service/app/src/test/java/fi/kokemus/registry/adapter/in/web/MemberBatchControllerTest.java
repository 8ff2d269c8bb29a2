package fi.kokemus.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.registry.application.port.in.SyncJobUseCase;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.time.Instant;
import java.util.Collections;
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
class MemberBatchControllerTest {

    static final String BATCHES_URL = "/api/registry/organisations/ngo-keski/member-batches";
    static final RequestPostProcessor NGO_KESKI = MemberSyncControllerTest.NGO_KESKI;

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;

    @BeforeEach
    void emptyRegistry() {
        experts.clear();
    }

    @Test
    void eachMemberIsAnsweredWithItsOutcomeAndTheCounts() throws Exception {
        post(NGO_KESKI, "", batch(member("M-1", "aino.t"), member("M-2", "bertta.t")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("UPSERT"))
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.counts.CREATED").value(2))
                .andExpect(jsonPath("$.counts.FAILED").value(0))
                .andExpect(jsonPath("$.results[0].externalId").value("M-1"))
                .andExpect(jsonPath("$.results[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.results[0].expertId").isString())
                .andExpect(jsonPath("$.results[0].problem").doesNotExist())
                .andExpect(jsonPath("$.results[1].possibleDuplicateOf[0]").value(
                        experts.findByMember(new MemberReference("ngo-keski", "M-1")).orElseThrow().id().value()));

        post(NGO_KESKI, "", batch(member("M-1", "aino.t"), member("M-2", "bertta.t")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.UNCHANGED").value(2))
                .andExpect(jsonPath("$.results[1].possibleDuplicateOf").isEmpty());
        assertThat(experts.savedEvents()).hasSize(2);
    }

    @Test
    void anInvalidMemberFailsAloneNamingItsField() throws Exception {
        String blankName = member("M-2", "bertta.t").replace("\"firstName\":\"Aino\"", "\"firstName\":\"\"");
        String badMunicipality = member("M-3", "cecilia.t").replace("\"272\"", "\"27\"");
        String wrongType = member("M-4", "dora.t").replace("\"feeWanted\":true", "\"feeWanted\":{\"$ne\":1}");
        String badExternalId = member("M 5", "eeva.t");

        post(NGO_KESKI, "", batch(member("M-1", "aino.t"), blankName, badMunicipality, wrongType, badExternalId,
                "\"not an object\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.CREATED").value(1))
                .andExpect(jsonPath("$.counts.FAILED").value(5))
                .andExpect(jsonPath("$.results[1].outcome").value("FAILED"))
                .andExpect(jsonPath("$.results[1].problem.code").value("invalid-input"))
                .andExpect(jsonPath("$.results[1].problem.field").value("firstName"))
                .andExpect(jsonPath("$.results[2].problem.field").value("municipality"))
                .andExpect(jsonPath("$.results[3].externalId").value("M-4"))
                .andExpect(jsonPath("$.results[3].problem.code").value("malformed-record"))
                .andExpect(jsonPath("$.results[3].problem.field").value("feeWanted"))
                .andExpect(jsonPath("$.results[4].problem.field").value("externalId"))
                .andExpect(jsonPath("$.results[5].problem.code").value("malformed-record"));
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void aFullDryRunAnswersTheDeactivationsWithoutStoringThem() throws Exception {
        post(NGO_KESKI, "", batch(member("M-1", "aino.t"), member("M-2", "bertta.t")));

        post(NGO_KESKI, "?mode=FULL&dryRun=true", batch(member("M-1", "aino.t")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("FULL"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.results[1].externalId").value("M-2"))
                .andExpect(jsonPath("$.results[1].outcome").value("DEACTIVATED"));
        assertThat(experts.findByMember(new MemberReference("ngo-keski", "M-2")).orElseThrow()
                .state().membershipEnded()).isFalse();

        post(NGO_KESKI, "?mode=FULL", batch(member("M-1", "aino.t")))
                .andExpect(jsonPath("$.counts.DEACTIVATED").value(1));
        assertThat(experts.findByMember(new MemberReference("ngo-keski", "M-2")).orElseThrow()
                .state().membershipEnded()).isTrue();
    }

    @Test
    void anotherOrganisationsPartnerAndOtherRolesAreForbidden() throws Exception {
        post(TestActors.as("ngo.itu", Role.NGO_PARTNER, "ita-uusimaa", "ngo-ita"), "", batch(member("M-1", "aino.t")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-organisation"));
        post(TestActors.as("coordinator.soite", Role.COORDINATOR, "keski-pohjanmaa", "soite-unit"), "",
                batch(member("M-1", "aino.t")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(experts.savedEvents()).isEmpty();
    }

    @Test
    void anUnknownModeOrABadBatchIsAProblemAndChangesNothing() throws Exception {
        post(NGO_KESKI, "?mode=EVERYTHING", batch(member("M-1", "aino.t")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-parameter"))
                .andExpect(jsonPath("$.field").value("mode"));
        post(NGO_KESKI, "", "{\"members\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("members"));
        String tooMany = batch(Collections.nCopies(SyncJobUseCase.MAX_RECORDS + 1, "{}")
                .toArray(String[]::new));
        post(NGO_KESKI, "", tooMany)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("members"));
        assertThat(experts.savedEvents()).isEmpty();
    }

    @Test
    void aBackgroundBatchIsAcceptedAndFollowedToDoneByItsPartnerOnly() throws Exception {
        String location = post(NGO_KESKI, "?async=true", batch(member("M-1", "aino.t"), "\"not an object\""))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/registry/sync-jobs/")))
                .andExpect(jsonPath("$.total").value(2))
                .andReturn().getResponse().getHeader("Location");

        Instant deadline = Instant.now().plusSeconds(10);
        String status = "QUEUED";
        while (!status.equals("DONE") && Instant.now().isBefore(deadline)) {
            status = JsonPath.read(mvc.perform(get(location).with(NGO_KESKI)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(), "$.status");
        }

        mvc.perform(get(location).with(NGO_KESKI))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.processed").value(2))
                .andExpect(jsonPath("$.counts.CREATED").value(1))
                .andExpect(jsonPath("$.failures[0].problem.code").value("malformed-record"));
        mvc.perform(get(location).with(TestActors.as("ngo.itu", Role.NGO_PARTNER, "ita-uusimaa", "ngo-ita")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/registry/sync-jobs/no-such-job").with(NGO_KESKI))
                .andExpect(status().isNotFound());
    }

    private ResultActions post(RequestPostProcessor actor, String query, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(BATCHES_URL + query).with(actor).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String batch(String... members) {
        return "{\"members\":[" + String.join(",", members) + "]}";
    }

    private static String member(String externalId, String username) {
        return MemberSyncControllerTest.AINO.replaceFirst("\\{", "{\"externalId\":\"" + externalId + "\",")
                .replace("expert.soite", username);
    }
}
