package fi.kokemus.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
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
class MemberSyncControllerTest {

    static final String MEMBER_URL = "/api/registry/organisations/ngo-keski/members/M-1001";

    static final String AINO = """
            {"username":"expert.soite","firstName":"Aino","lastName":"Testinen",
             "homeCounty":"keski-pohjanmaa","municipality":"272",
             "roles":["EXPERT_BY_EXPERIENCE"],"topics":["MENTAL_HEALTH"],"languages":["fi","sv"],
             "taskTypes":["CLIENT_SUPPORT","LECTURE_REGIONAL"],"feeWanted":true,
             "contact":{"email":"aino.testinen@example.org","phone":"+358 40 000 0001"},
             "consents":[{"kind":"REGISTRY_LISTING","granted":true,"decidedAt":"2026-01-15T10:00:00Z","textVersion":"registry-v1"}]}
            """;

    static final RequestPostProcessor NGO_KESKI =
            TestActors.as("service-account-ngo-sync-keski", Role.NGO_PARTNER, "keski-pohjanmaa", "ngo-keski");

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;

    @BeforeEach
    void emptyRegistry() {
        experts.clear();
    }

    @Test
    void aNewMemberIsCreatedWithItsLocationAndFullRecord() throws Exception {
        upsert(NGO_KESKI, AINO)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/registry/experts/")))
                .andExpect(jsonPath("$.organisationId").value("ngo-keski"))
                .andExpect(jsonPath("$.externalId").value("M-1001"))
                .andExpect(jsonPath("$.displayName").value("Aino T."))
                .andExpect(jsonPath("$.languages[1]").value("sv"))
                .andExpect(jsonPath("$.contact.email").value("aino.testinen@example.org"))
                .andExpect(jsonPath("$.consents[0].kind").value("REGISTRY_LISTING"))
                .andExpect(jsonPath("$.consents[0].textVersion").value("registry-v1"))
                .andExpect(jsonPath("$.bookable").value(true));
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void theSameMemberAgainIsOkAndChangesNothing() throws Exception {
        String id = JsonPath.read(
                upsert(NGO_KESKI, AINO).andReturn().getResponse().getContentAsString(), "$.id");

        upsert(NGO_KESKI, AINO).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        upsert(NGO_KESKI, AINO.replace("\"feeWanted\":true", "\"feeWanted\":false"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.feeWanted").value(false));

        assertThat(experts.savedEvents()).hasSize(2);
    }

    @Test
    void anotherOrganisationsPartnerAndOtherRolesAreForbidden() throws Exception {
        upsert(TestActors.as("ngo.itu", Role.NGO_PARTNER, "ita-uusimaa", "ngo-ita"), AINO)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-organisation"));
        for (Role role : new Role[] {Role.COORDINATOR, Role.ORDERER, Role.EXPERT, Role.FINANCE}) {
            upsert(TestActors.as("someone", role, "keski-pohjanmaa", "ngo-keski"), AINO)
                    .andExpect(status().isForbidden());
        }
        assertThat(experts.findByMember(new MemberReference("ngo-keski", "M-1001")))
                .isEmpty();
    }

    @Test
    void anAdminMaySyncAndAnAnonymousCallerMayNot() throws Exception {
        upsert(TestActors.as("admin", Role.ADMIN, null, null), AINO).andExpect(status().isCreated());
        mvc.perform(put(MEMBER_URL).contentType(MediaType.APPLICATION_JSON).content(AINO))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aMemberWithoutRegistryConsentIsRefusedAndNothingIsStored() throws Exception {
        String withoutConsent = AINO.replaceAll("\"consents\":\\[[^]]*]", "\"consents\":[]");

        upsert(NGO_KESKI, withoutConsent)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:registry-consent-required"))
                .andExpect(jsonPath("$.field").value("consents"));
        assertThat(experts.savedEvents()).isEmpty();
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        expectInvalid(AINO.replace("\"272\"", "\"27\""), "municipality");
        expectInvalid(AINO.replace("\"keski-pohjanmaa\"", "\"soite\""), "homeCounty");
        expectInvalid(AINO.replace("\"sv\"", "\"swedish\""), "languages[]");
        expectInvalid(AINO.replace("\"firstName\":\"Aino\"", "\"firstName\":\"\""), "firstName");
        expectInvalid(AINO.replace("\"MENTAL_HEALTH\"", "{\"$ne\":null}"), "topics");
        mvc.perform(put("/api/registry/organisations/NGO KESKI/members/M-1").with(NGO_KESKI)
                        .contentType(MediaType.APPLICATION_JSON).content(AINO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("organisationId"));
        assertThat(experts.savedEvents()).isEmpty();
    }

    @Test
    void anUnknownRoleIsRejectedAsAMalformedBody() throws Exception {
        upsert(NGO_KESKI, AINO.replace("EXPERT_BY_EXPERIENCE", "WIZARD"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:malformed-body"));
        assertThat(experts.savedEvents()).isEmpty();
    }

    private void expectInvalid(String body, String field) throws Exception {
        upsert(NGO_KESKI, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(startsWith(field.replace("[]", ""))));
    }

    private ResultActions upsert(RequestPostProcessor actor, String body) throws Exception {
        return mvc.perform(put(MEMBER_URL).with(actor).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
