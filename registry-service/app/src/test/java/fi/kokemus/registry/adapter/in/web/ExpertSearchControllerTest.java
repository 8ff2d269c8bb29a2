package fi.kokemus.registry.adapter.in.web;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlatformWebMvcTest
@Import(WebTestConfiguration.class)
class ExpertSearchControllerTest {

    private static final String EXPERTS = "/api/registry/experts";

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryExpertRepository experts;
    @Autowired
    InMemoryAuditLog auditLog;

    @BeforeEach
    void storeExperts() {
        experts.clear();
        auditLog.clear();
        store("S-1", aProfile().username(null).name("Aino", "Testinen").topics("MENTAL_HEALTH").diagnoses("F30_F39")
                .consents(given(ConsentKind.REGISTRY_LISTING), given(ConsentKind.SENSITIVE_DATA)));
        store("S-2", aProfile().username(null).name("Eero", "Esimerkki").topics("VIOLENCE").languages("fi", "sv"));
        store("S-3", aProfile().username(null).name("Bertta", "Berg").topics("SUBSTANCE_USE"));
    }

    @Test
    void repeatedParametersAreAlternativesAndTheResponseCarriesFacetCounts() throws Exception {
        mvc.perform(get(EXPERTS).param("topic", "MENTAL_HEALTH", "VIOLENCE").param("text", "mental")
                        .param("sort", "NAME").with(ExpertControllerTest.ORDERER_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].displayName").value("Aino T."))
                .andExpect(jsonPath("$.items[0].firstName").doesNotExist())
                .andExpect(jsonPath("$.items[0].diagnoses").doesNotExist())
                .andExpect(jsonPath("$.items[0].contact").doesNotExist())
                .andExpect(jsonPath("$.facets.topics.MENTAL_HEALTH").value(1))
                .andExpect(jsonPath("$.facets.diagnoses").doesNotExist());
        mvc.perform(get(EXPERTS).param("topic", "MENTAL_HEALTH", "VIOLENCE").with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.facets.languages.sv").value(1))
                .andExpect(jsonPath("$.facets.languages.fi").value(2))
                .andExpect(jsonPath("$.facets.diagnoses.F30_F39").value(1));
        assertThat(auditLog.entries()).as("a search reads no record").isEmpty();
    }

    @Test
    void onlyCoordinatorsSearchByDiagnosis() throws Exception {
        search(get(EXPERTS).param("diagnosis", "F30_F39").with(ExpertControllerTest.ORDERER_SOITE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:diagnosis-filter-not-allowed"));
        search(get(EXPERTS).param("diagnosis", "F30_F39").with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].displayName").value("Aino T."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "role|HERO", "sort|BEST", "availableOn|1.12.2026", "advancedTraining|maybe", "county|narnia",
            "municipality|27", "topic|{\"$gt\":\"\"}", "lifeSituation|$where", "diagnosis|f30", "organisation|NGO KESKI",
            "language|xx", "taskType|lecture", "page|-1", "size|0"})
    void aBadValueIsAProblemNamingTheParameter(String parameter, String value) throws Exception {
        search(get(EXPERTS).param(parameter, value).with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(parameter));
    }

    @Test
    void tooLongTextAndTooManyValuesAreRefused() throws Exception {
        search(get(EXPERTS).param("text", "a".repeat(201)).with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("text"));
        String[] topics = IntStream.range(0, 21).mapToObj(i -> "TOPIC_" + i).toArray(String[]::new);
        search(get(EXPERTS).param("topic", topics).with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("topic"));
    }

    @Test
    void operatorsInFreeTextFindNothingAndDoNoHarm() throws Exception {
        search(get(EXPERTS).param("text", "{\"$where\":\"sleep(1000)\"}").with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        search(get(EXPERTS).param("text", "{\"$gt\":\"\"}").with(ExpertControllerTest.COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    private ResultActions search(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private static ConsentDecision given(ConsentKind kind) {
        return ConsentDecision.given(kind, ProfileBuilder.CONSENT_GIVEN_AT, "v1");
    }

    private void store(String externalId, ProfileBuilder profile) {
        experts.save(profile.register(new MemberReference("ngo-keski", externalId)));
    }
}
