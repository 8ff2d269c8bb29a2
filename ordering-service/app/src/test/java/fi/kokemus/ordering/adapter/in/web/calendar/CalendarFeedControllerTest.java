package fi.kokemus.ordering.adapter.in.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.ordering.notification.AgendaEntry;
import fi.kokemus.ordering.notification.AgendaStatus;
import fi.kokemus.ordering.notification.ExpertAgenda;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.ServiceWebTest;
import fi.kokemus.platform.test.TestActors;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@ServiceWebTest
@TestPropertySource(properties = {
    "spring.mongodb.database=ordering-calendar-web-test",
    "kokemus.notifications.calendar-feed-url=https://kokemus.example.org/api/ordering/calendar",
})
class CalendarFeedControllerTest {

    private static final String FEED_BASE = "https://kokemus.example.org/api/ordering/calendar/";

    @Autowired
    MockMvc mvc;
    @Autowired
    ExpertAgenda agenda;
    @Autowired
    JsonMapper json;

    @Test
    void anExpertGetsAFeedAddressOnceThatOpensTheirCalendarWithoutAToken() throws Exception {
        String expert = "expert-" + UUID.randomUUID();
        accepted(expert, "asg-" + UUID.randomUUID());
        accepted("someone-else", "asg-" + UUID.randomUUID());

        String feedUrl = issueToken(expert);

        assertThat(feedUrl).startsWith(FEED_BASE).endsWith(".ics");
        String token = feedUrl.substring(FEED_BASE.length(), feedUrl.length() - ".ics".length());
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        String feed = mvc.perform(get("/api/ordering/calendar/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Asiakkaan tukeminen")
                .containsOnlyOnce("BEGIN:VEVENT").doesNotContain("someone-else", expert);
    }

    @Test
    void aNewAddressReplacesTheOldOne() throws Exception {
        String expert = "expert-" + UUID.randomUUID();
        String first = issueToken(expert);
        String second = issueToken(expert);

        mvc.perform(get(pathOf(first))).andExpect(status().isNotFound());
        mvc.perform(get(pathOf(second))).andExpect(status().isOk());
    }

    @Test
    void anUnknownTokenIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/ordering/calendar/not-a-known-token.ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:calendar-feed-not-found"));
    }

    @Test
    void onlyASignedInExpertGetsAFeedAddress() throws Exception {
        mvc.perform(post("/api/ordering/me/calendar-token")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/ordering/me/calendar-token")
                        .with(TestActors.as("orderer.itu", Role.ORDERER, "ita-uusimaa", "itu-social-work-unit")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
    }

    private String issueToken(String expert) throws Exception {
        String body = mvc.perform(post("/api/ordering/me/calendar-token")
                        .with(TestActors.as(expert, Role.EXPERT, null, "ngo-ita")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("feedUrl").asString();
    }

    private static String pathOf(String feedUrl) {
        return feedUrl.substring("https://kokemus.example.org".length());
    }

    private void accepted(String expert, String assignmentId) {
        agenda.add("e-" + assignmentId, List.of(new AgendaEntry(assignmentId, "s-1", expert, "ord-" + assignmentId,
                "ita-uusimaa", "CLIENT_SUPPORT", true, Instant.parse("2027-01-14T08:00:00Z"), 60, AgendaStatus.OFFERED,
                false, 0)));
        agenda.mark("a-" + assignmentId, fi.kokemus.ordering.notification.AgendaSelection.assignment(
                "ord-" + assignmentId, assignmentId), AgendaStatus.ACCEPTED);
    }
}
