package fi.kokemus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.TestActors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole service against a real Kafka broker and MongoDB (each subclass says which): the same
 * person synced one at a time by two NGOs waits once for the home county's coordinator.
 */
@SpringBootTest(properties = "spring.mongodb.database=registry-member-sync-duplicates-it")
@AutoConfigureMockMvc
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class MemberSyncDuplicatesIntegrationTest {

    private static final RequestPostProcessor NGO_KESKI =
            TestActors.as("service-account-ngo-sync-keski", Role.NGO_PARTNER, "keski-pohjanmaa", "ngo-keski");
    private static final RequestPostProcessor NGO_ITA =
            TestActors.as("ngo.itu", Role.NGO_PARTNER, "ita-uusimaa", "ngo-ita");
    private static final RequestPostProcessor COORDINATOR_SOITE =
            TestActors.as("coordinator.soite", Role.COORDINATOR, "keski-pohjanmaa", "soite-coordination");
    private static final String AINO = """
            {"firstName":"Aino","lastName":"Testinen",
             "homeCounty":"keski-pohjanmaa","municipality":"272","roles":["EXPERT_BY_EXPERIENCE"],
             "topics":["MENTAL_HEALTH"],"languages":["fi"],"taskTypes":["CLIENT_SUPPORT"],"feeWanted":true,
             "contact":{"email":"aino.testinen@example.org","phone":"+358 40 000 0001"},
             "consents":[{"kind":"REGISTRY_LISTING","granted":true,"decidedAt":"2026-01-15T10:00:00Z","textVersion":"registry-v1"}]}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void theSamePersonFromTwoOrganisationsIsOneOpenCandidateAndARepeatAddsNone() throws Exception {
        String keski = JsonPath.read(upsert(NGO_KESKI, "ngo-keski", "K-1001", AINO, 201), "$.id");
        String ita = JsonPath.read(upsert(NGO_ITA, "ngo-ita", "I-2001", AINO, 201), "$.id");

        String open = openCandidates();
        assertThat(JsonPath.<List<?>>read(open, "$")).hasSize(1);
        assertThat(JsonPath.<List<String>>read(open, "$[0].experts[*].id")).containsExactlyInAnyOrder(keski, ita);
        assertThat(JsonPath.<List<String>>read(open, "$[0].reasons"))
                .containsExactlyInAnyOrder("SAME_EMAIL", "SAME_PHONE", "SAME_NAME_AND_MUNICIPALITY");

        upsert(NGO_ITA, "ngo-ita", "I-2001", AINO, 200);
        // a change is checked again, and the pair is already waiting
        upsert(NGO_KESKI, "ngo-keski", "K-1001", AINO.replace("[\"MENTAL_HEALTH\"]", "[\"MENTAL_HEALTH\",\"VIOLENCE\"]"),
                200);

        assertThat(openCandidates()).isEqualTo(open);
    }

    @Test
    void theCoordinatorMergesThePairAndTheOtherOrganisationsSyncIsAnsweredWithTheRecordKept() throws Exception {
        String bertta = AINO.replace("Aino", "Bertta").replace("aino.testinen", "bertta.testinen")
                .replace("0001", "0002");
        String keski = JsonPath.read(upsert(NGO_KESKI, "ngo-keski", "K-1002", bertta, 201), "$.id");
        String ita = JsonPath.read(upsert(NGO_ITA, "ngo-ita", "I-2002", bertta, 201), "$.id");
        String candidate = JsonPath.<List<String>>read(openCandidates(), "$[?(@.experts[0].firstName == 'Bertta')].id")
                .get(0);

        mvc.perform(post("/api/registry/duplicate-candidates/" + candidate + "/merge").with(COORDINATOR_SOITE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"keep\":\"" + keski + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.retired").value(ita));

        String answer = upsert(NGO_ITA, "ngo-ita", "I-2002", bertta.replace("\"272\"", "\"273\""), 200);
        assertThat(JsonPath.<String>read(answer, "$.outcome")).isEqualTo("MERGED");
        assertThat(JsonPath.<String>read(answer, "$.mergedInto")).isEqualTo(keski);
        mvc.perform(get("/api/registry/experts/" + keski).with(COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations", containsInAnyOrder("ngo-keski", "ngo-ita")))
                .andExpect(jsonPath("$.municipality").value("272"))
                .andExpect(jsonPath("$.mergedMembers[0].organisationId").value("ngo-ita"))
                .andExpect(jsonPath("$.mergedMembers[0].externalId").value("I-2002"));
        mvc.perform(get("/api/registry/experts/" + ita).with(COORDINATOR_SOITE))
                .andExpect(status().isNotFound());
    }

    private String upsert(RequestPostProcessor partner, String organisation, String externalId, String member,
            int expectedStatus) throws Exception {
        return mvc.perform(put("/api/registry/organisations/" + organisation + "/members/" + externalId)
                        .with(partner).contentType(MediaType.APPLICATION_JSON).content(member))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
    }

    private String openCandidates() throws Exception {
        return mvc.perform(get("/api/registry/duplicate-candidates?status=OPEN").with(COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
