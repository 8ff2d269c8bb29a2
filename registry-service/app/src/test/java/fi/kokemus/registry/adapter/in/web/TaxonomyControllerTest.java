package fi.kokemus.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.registry.adapter.out.seed.TaxonomySeedFile;
import fi.kokemus.registry.application.service.TaxonomySeeding;
import fi.kokemus.registry.domain.taxonomy.Labels;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import fi.kokemus.registry.testing.InMemoryTaxonomyTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformWebMvcTest(controllers = TaxonomyController.class)
@Import({TaxonomyWebTestConfiguration.class, FixedClockConfiguration.class})
class TaxonomyControllerTest {

    static final String TAXONOMY = "/api/registry/taxonomy";
    static final RequestPostProcessor ADMIN = TestActors.as("admin", Role.ADMIN, null, null);
    static final RequestPostProcessor ORDERER_SOITE =
            TestActors.as("orderer.soite", Role.ORDERER, "keski-pohjanmaa", "soite-mental-health-unit");
    static final RequestPostProcessor COORDINATOR_SOITE =
            TestActors.as("coordinator.soite", Role.COORDINATOR, "keski-pohjanmaa", "soite-coordination");
    static final String SICK_LEAVE = """
            {"labels": {"fi": "Sairausloma", "sv": "Sjukskrivning", "en": "Sick leave"}, "retired": false}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryTaxonomyTerms terms;
    @Autowired
    TaxonomySeeding seeding;
    @Autowired
    TaxonomySeedFile seedFile;

    /** Every test starts from, and leaves behind, the taxonomy the service starts with. */
    @BeforeEach
    @AfterEach
    void startFromTheSeed() {
        terms.clear();
        seeding.addMissing(seedFile.terms());
    }

    @Test
    void anyoneListsTheTermsOfAKindInCodeOrderWithTheirLabels() throws Exception {
        mvc.perform(get(TAXONOMY + "/topic").with(ORDERER_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("topic"))
                .andExpect(jsonPath("$[0].code").value("ADULT_SOCIAL_WORK"))
                .andExpect(jsonPath("$[?(@.code == 'MENTAL_HEALTH')].labels.sv").value(hasItem("Psykisk hälsa")))
                .andExpect(jsonPath("$[0].retired").value(false));
        mvc.perform(get(TAXONOMY + "/life-situation").with(TestActors.as("finance.soite", Role.FINANCE, "keski-pohjanmaa", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("UNEMPLOYMENT")));
        mvc.perform(get(TAXONOMY + "/task-type").with(ORDERER_SOITE))
                .andExpect(jsonPath("$[*].code").value(hasItem("DEVELOPMENT_GROUP_PREPARED")));
    }

    @Test
    void coordinatorsNgoPartnersExpertsAndAdminsReadTheDiagnosisCategories() throws Exception {
        for (Role role : new Role[] {Role.COORDINATOR, Role.NGO_PARTNER, Role.EXPERT, Role.ADMIN}) {
            mvc.perform(get(TAXONOMY + "/diagnosis").with(TestActors.as("someone", role, "keski-pohjanmaa", "ngo-keski")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.code == 'F30_F39')].labels.fi").value(hasItem("Mielialahäiriöt")));
        }
    }

    @Test
    void orderersAndFinanceNeverSeeDiagnosisData() throws Exception {
        for (Role role : new Role[] {Role.ORDERER, Role.FINANCE}) {
            mvc.perform(get(TAXONOMY + "/diagnosis").with(TestActors.as("someone", role, "keski-pohjanmaa", null)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:kokemus:problem:sensitive-taxonomy"));
        }
    }

    @Test
    void onlyAdminsSeeRetiredTerms() throws Exception {
        terms.save(new TaxonomyTerm(TaxonomyKind.TOPIC, "GAMBLING", new Labels("Rahapelaaminen", "Penningspel", "Gambling"), true));

        mvc.perform(get(TAXONOMY + "/topic").with(COORDINATOR_SOITE))
                .andExpect(jsonPath("$[*].code").value(not(hasItem("GAMBLING"))));
        mvc.perform(get(TAXONOMY + "/topic").param("includeRetired", "true").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'GAMBLING')].retired").value(hasItem(true)));
        mvc.perform(get(TAXONOMY + "/topic").param("includeRetired", "true").with(COORDINATOR_SOITE))
                .andExpect(status().isForbidden());
    }

    @Test
    void badKindsAndParametersAreBadRequests() throws Exception {
        for (String kind : new String[] {"hobby", "LIFE_SITUATION", "life_situation"}) {
            mvc.perform(get(TAXONOMY + "/" + kind).with(ADMIN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("kind"));
        }
        mvc.perform(get(TAXONOMY + "/topic").param("includeRetired", "maybe").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("includeRetired"));
    }

    @Test
    void nobodyReadsItWithoutAToken() throws Exception {
        mvc.perform(get(TAXONOMY + "/topic")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdminCreatesATermThenUpdatesAndRetiresIt() throws Exception {
        maintain("life-situation", "SICK_LEAVE", SICK_LEAVE, ADMIN)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("life-situation"))
                .andExpect(jsonPath("$.code").value("SICK_LEAVE"))
                .andExpect(jsonPath("$.labels.sv").value("Sjukskrivning"))
                .andExpect(jsonPath("$.retired").value(false));
        mvc.perform(get(TAXONOMY + "/life-situation").with(ORDERER_SOITE))
                .andExpect(jsonPath("$[*].code").value(hasItem("SICK_LEAVE")));

        maintain("life-situation", "SICK_LEAVE", SICK_LEAVE.replace("\"retired\": false", "\"retired\": true"), ADMIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retired").value(true));
        mvc.perform(get(TAXONOMY + "/life-situation").with(ORDERER_SOITE))
                .andExpect(jsonPath("$[*].code").value(not(hasItem("SICK_LEAVE"))));
        assertThat(terms.find(TaxonomyKind.LIFE_SITUATION, "SICK_LEAVE").map(TaxonomyTerm::retired)).contains(true);
    }

    @Test
    void anAdminRelabelsASeededTerm() throws Exception {
        maintain("topic", "GAMBLING", """
                {"labels": {"fi": "Rahapelihaitat", "sv": "Spelproblem", "en": "Gambling harms"}, "retired": false}""", ADMIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.labels.fi").value("Rahapelihaitat"));

        assertThat(terms.find(TaxonomyKind.TOPIC, "GAMBLING").map(term -> term.labels().en())).contains("Gambling harms");
    }

    @Test
    void nobodyButAnAdminMaintainsTheTaxonomy() throws Exception {
        for (Role role : new Role[] {Role.COORDINATOR, Role.ORDERER, Role.EXPERT, Role.NGO_PARTNER, Role.FINANCE}) {
            maintain("life-situation", "SICK_LEAVE", SICK_LEAVE, TestActors.as("someone", role, "keski-pohjanmaa", "ngo-keski"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
        }
        assertThat(terms.find(TaxonomyKind.LIFE_SITUATION, "SICK_LEAVE")).isEmpty();
    }

    @Test
    void badInputIsABadRequestThatNamesTheFieldAndChangesNothing() throws Exception {
        expectBadRequest("hobby", "SICK_LEAVE", SICK_LEAVE, "kind");
        expectBadRequest("life-situation", "sick_leave", SICK_LEAVE, "code");
        expectBadRequest("life-situation", "SICK_LEAVE", """
                {"labels": {"fi": "Sairausloma", "en": "Sick leave"}, "retired": false}""", "labels.sv");
        expectBadRequest("life-situation", "SICK_LEAVE", """
                {"labels": {"fi": "Sairausloma", "sv": "Sjukskrivning", "en": "%s"}, "retired": false}""".formatted("x".repeat(121)),
                "labels.en");
        expectBadRequest("life-situation", "SICK_LEAVE", """
                {"labels": {"fi": "Sairaus\\nloma", "sv": "Sjukskrivning", "en": "Sick leave"}, "retired": false}""", "labels.fi");
        expectBadRequest("life-situation", "SICK_LEAVE", "{\"retired\": false}", "labels");
        expectBadRequest("life-situation", "SICK_LEAVE", """
                {"labels": {"fi": "Sairausloma", "sv": "Sjukskrivning", "en": "Sick leave"}}""", "retired");
        maintain("life-situation", "SICK_LEAVE", "{\"labels\": ", ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:malformed-body"));

        assertThat(terms.find(TaxonomyKind.LIFE_SITUATION, "SICK_LEAVE")).isEmpty();
    }

    private void expectBadRequest(String kind, String code, String body, String field) throws Exception {
        maintain(kind, code, body, ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
    }

    private ResultActions maintain(String kind, String code, String body, RequestPostProcessor actor) throws Exception {
        return mvc.perform(put(TAXONOMY + "/" + kind + "/" + code)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(actor));
    }
}
