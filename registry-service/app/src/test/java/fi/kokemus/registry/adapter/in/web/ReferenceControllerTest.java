package fi.kokemus.registry.adapter.in.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformWebMvcTest(controllers = ReferenceController.class)
@Import({TaxonomyWebTestConfiguration.class, FixedClockConfiguration.class})
class ReferenceControllerTest {

    static final String MUNICIPALITIES = "/api/registry/reference/municipalities";
    static final RequestPostProcessor ORDERER_ITU =
            TestActors.as("orderer.itu", Role.ORDERER, "ita-uusimaa", "itu-social-work-unit");

    @Autowired
    MockMvc mvc;

    @Test
    void anySignedInUserListsEveryMunicipalityInCodeOrder() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get(MUNICIPALITIES).with(TestActors.as("someone", role, "keski-pohjanmaa", null)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(308));
        }
        mvc.perform(get(MUNICIPALITIES).with(ORDERER_ITU))
                .andExpect(jsonPath("$[0].code").value("005"))
                .andExpect(jsonPath("$[0].nameFi").value("Alajärvi"))
                .andExpect(jsonPath("$[0].county").value("etela-pohjanmaa"))
                .andExpect(jsonPath("$[?(@.code == '091')].nameSv").value(contains("Helsingfors")))
                .andExpect(jsonPath("$[?(@.code == '478')].county").value(contains(nullValue())));
    }

    @Test
    void listsTheMunicipalitiesOfOneCounty() throws Exception {
        mvc.perform(get(MUNICIPALITIES).param("county", "ita-uusimaa").with(ORDERER_ITU))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].nameFi").value(contains(
                        "Askola", "Lapinjärvi", "Loviisa", "Myrskylä", "Pukkila", "Porvoo", "Sipoo")))
                .andExpect(jsonPath("$[5].nameSv").value("Borgå"))
                .andExpect(jsonPath("$[5].county").value("ita-uusimaa"));
        mvc.perform(get(MUNICIPALITIES).param("county", "helsinki").with(ORDERER_ITU))
                .andExpect(jsonPath("$[*].code").value(contains("091")));
    }

    @Test
    void anUnknownCountyIsABadRequest() throws Exception {
        mvc.perform(get(MUNICIPALITIES).param("county", "soite").with(ORDERER_ITU))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-value"))
                .andExpect(jsonPath("$.field").value("county"));
    }

    @Test
    void nobodyReadsItWithoutAToken() throws Exception {
        mvc.perform(get(MUNICIPALITIES)).andExpect(status().isUnauthorized());
    }
}
