package fi.kokemus.feedback.adapter.in.web;

import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class FeedbackReadingControllerTest extends WebTestSupport {

    private static final RequestPostProcessor EXPERT =
            as(SampleWork.EXPERT_USERNAME, Role.EXPERT, SampleWork.COUNTY, "ngo-keski");
    private static final RequestPostProcessor ORDERER =
            as("orderer.soite", Role.ORDERER, SampleWork.COUNTY, SampleWork.UNIT);
    private static final RequestPostProcessor COORDINATOR =
            as("coordinator.soite", Role.COORDINATOR, SampleWork.COUNTY, null);
    private static final RequestPostProcessor[] REFUSED = {
        as("expert.itu", Role.EXPERT, "ita-uusimaa", "ngo-ita"),
        as("orderer.soite.other", Role.ORDERER, SampleWork.COUNTY, "soite-child-unit"),
        as("orderer.itu", Role.ORDERER, "ita-uusimaa", "itu-social-work-unit"),
        as("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", null),
        as("finance.soite", Role.FINANCE, SampleWork.COUNTY, null),
        as("ngo.soite", Role.NGO_PARTNER, SampleWork.COUNTY, "ngo-keski"),
        as("admin", Role.ADMIN, null, null),
    };
    private static final String NOTE = "{\"texts\":{\"fi\":\"Otimme palautteen käyttöön perehdytyksessä.\"}}";

    @Autowired
    SubmitFeedbackAnswerUseCase answers;
    @Autowired
    FollowUpNotes notes;

    @Test
    void theExpertReadsTheirTaskWithTheAudienceWithheldBelowFive() throws Exception {
        FeedbackTask task = answeredLecture(4);

        String body = mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()).with(EXPERT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(task.id().value()))
                .andExpect(jsonPath("$.readAs").value("EXPERT"))
                .andExpect(jsonPath("$.respondents[*].respondent").value(contains("LISTENER", "ORDERER", "SELF_ASSESSMENT")))
                .andExpect(jsonPath("$.respondents[0].answers").value(4))
                .andExpect(jsonPath("$.respondents[0].disclosure").value("AGGREGATE_FROM_MINIMUM"))
                .andExpect(jsonPath("$.respondents[0].forms[0].form").value("listener"))
                .andExpect(jsonPath("$.respondents[0].forms[0].formVersion").value(1))
                .andExpect(jsonPath("$.respondents[0].forms[0].shown").value(false))
                .andExpect(jsonPath("$.respondents[0].forms[0].withheldBelow").value(5))
                .andExpect(jsonPath("$.respondents[0].forms[0].texts").doesNotExist())
                .andExpect(jsonPath("$.respondents[1].forms[0].shown").value(true))
                .andExpect(jsonPath("$.respondents[1].forms[0].ratings.goals-met.mean").value(5.0))
                .andExpect(jsonPath("$.respondents[1].forms[0].texts[0]").value("Soittakaa [puhelinnumero]"))
                .andExpect(jsonPath("$.respondents[2].forms[0].ratings.preparation.answered").value(1))
                .andExpect(jsonPath("$.followUp").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertNoSecrets(task, body);
        assertThat(body).doesNotContain("Kuulija ");
    }

    @Test
    void fromFiveAnswersTheAudienceIsShownInAggregate() throws Exception {
        FeedbackTask task = answeredLecture(5);

        mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()).with(ORDERER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAs").value("UNIT_ORDERER"))
                .andExpect(jsonPath("$.respondents[0].forms[0].shown").value(true))
                .andExpect(jsonPath("$.respondents[0].forms[0].answers").value(5))
                .andExpect(jsonPath("$.respondents[0].forms[0].ratings.overall.mean").value(4.2))
                .andExpect(jsonPath("$.respondents[0].forms[0].ratings.overall.distribution.5").value(1))
                .andExpect(jsonPath("$.respondents[0].forms[0].texts.length()").value(5))
                .andExpect(jsonPath("$.respondents[0].forms[0].texts[0]").value("Kuulija 0: [sähköposti]"));
    }

    @Test
    void theUnitSeesThatTheSelfAssessmentCameAndTheCoordinatorWhatItSays() throws Exception {
        FeedbackTask task = answeredLecture(0);

        mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()).with(ORDERER))
                .andExpect(jsonPath("$.respondents[2].respondent").value("SELF_ASSESSMENT"))
                .andExpect(jsonPath("$.respondents[2].answers").value(1))
                .andExpect(jsonPath("$.respondents[2].disclosure").value("COUNT_ONLY"))
                .andExpect(jsonPath("$.respondents[2].forms.length()").value(0));
        mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAs").value("COUNTY_COORDINATOR"))
                .andExpect(jsonPath("$.respondents[2].forms[0].texts[0]").value("Jännitti"));
    }

    @Test
    void aClientsAnswerIsCountedButNotShownToTheUnit() throws Exception {
        FeedbackTask task = heldTask(true);
        answer(task, Respondent.CLIENT, Map.of("overall", "2", "heard", "2", "comment", "Ei auttanut"));

        String body = mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()).with(ORDERER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.respondents[1].respondent").value("CLIENT"))
                .andExpect(jsonPath("$.respondents[1].answers").value(1))
                .andExpect(jsonPath("$.respondents[1].forms[0].shown").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Ei auttanut");
    }

    @Test
    void everyoneElseIsRefusedAndUnknownTasksAreNotFound() throws Exception {
        FeedbackTask task = answeredLecture(5);

        for (RequestPostProcessor other : REFUSED) {
            mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()).with(other))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:kokemus:problem:not-your-feedback"));
        }
        mvc.perform(get("/api/feedback/tasks/{id}/feedback", "task-unknown--s-1").with(EXPERT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:feedback-task-not-found"));
        mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theUnitAndTheCoordinatorRecordTheFollowUpWhichTheExpertThenSees() throws Exception {
        FeedbackTask task = answeredLecture(0);

        mvc.perform(put("/api/feedback/tasks/{id}/follow-up", task.id().value()).with(ORDERER)
                        .contentType(MediaType.APPLICATION_JSON).content(NOTE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.texts.fi").value("Otimme palautteen käyttöön perehdytyksessä."))
                .andExpect(jsonPath("$.recordedBy").value("orderer.soite"))
                .andExpect(jsonPath("$.recordedAt").value(REPORTED_AT.toString()))
                .andExpect(jsonPath("$.revision").value(1));
        mvc.perform(put("/api/feedback/tasks/{id}/follow-up", task.id().value()).with(COORDINATOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texts\":{\"fi\":\"Päivitetty, soita 040 123 4567\",\"sv\":\"Uppdaterad\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.texts.fi").value("Päivitetty, soita [puhelinnumero]"))
                .andExpect(jsonPath("$.revision").value(2));

        mvc.perform(get("/api/feedback/tasks/{id}/feedback", task.id().value()).with(EXPERT))
                .andExpect(jsonPath("$.followUp.texts.fi").value("Päivitetty, soita [puhelinnumero]"))
                .andExpect(jsonPath("$.followUp.texts.sv").value("Uppdaterad"))
                .andExpect(jsonPath("$.followUp.recordedBy").value("coordinator.soite"))
                .andExpect(jsonPath("$.followUp.revision").value(2));
    }

    @Test
    void othersMayNotRecordTheFollowUp() throws Exception {
        FeedbackTask task = answeredLecture(0);
        RequestPostProcessor[] refused = {EXPERT, REFUSED[0], REFUSED[1], REFUSED[2], REFUSED[3], REFUSED[4], REFUSED[5],
            REFUSED[6]};

        for (RequestPostProcessor other : refused) {
            mvc.perform(put("/api/feedback/tasks/{id}/follow-up", task.id().value()).with(other)
                            .contentType(MediaType.APPLICATION_JSON).content(NOTE))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:kokemus:problem:not-your-follow-up"));
        }
        assertThat(notes.find(task.id())).isEmpty();
    }

    @Test
    void aBadFollowUpIsAProblemAndTheNoteStaysAsItWas() throws Exception {
        FeedbackTask task = answeredLecture(0);
        mvc.perform(put("/api/feedback/tasks/{id}/follow-up", task.id().value()).with(ORDERER)
                .contentType(MediaType.APPLICATION_JSON).content(NOTE)).andExpect(status().isOk());
        FollowUpNote before = notes.find(task.id()).orElseThrow();
        Map<String, String> problems = Map.of(
                "{\"texts\":{\"fi\":\"   \"}}", "urn:kokemus:problem:follow-up-text-required",
                "{\"texts\":{}}", "urn:kokemus:problem:follow-up-text-required",
                "{}", "urn:kokemus:problem:follow-up-text-required",
                "{\"texts\":{\"de\":\"Danke\"}}", "urn:kokemus:problem:follow-up-language-unknown",
                "{\"texts\":{\"fi\":\"" + "x".repeat(FollowUpNote.MAX_LENGTH + 1) + "\"}}",
                "urn:kokemus:problem:follow-up-text-too-long");

        for (Map.Entry<String, String> bad : problems.entrySet()) {
            mvc.perform(put("/api/feedback/tasks/{id}/follow-up", task.id().value()).with(ORDERER)
                            .contentType(MediaType.APPLICATION_JSON).content(bad.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(bad.getValue()));
        }
        mvc.perform(put("/api/feedback/tasks/{id}/follow-up", task.id().value()).with(ORDERER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texts\": \"not an object\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/feedback/tasks/{id}/follow-up", "task-unknown--s-1").with(ORDERER)
                        .contentType(MediaType.APPLICATION_JSON).content(NOTE))
                .andExpect(status().isNotFound());

        assertThat(notes.find(task.id())).contains(before);
    }

    @Test
    void theExpertPagesTheirOwnTasksNewestFirst() throws Exception {
        String username = "expert.paged." + UUID.randomUUID();
        RequestPostProcessor expert = as(username, Role.EXPERT, SampleWork.COUNTY, "ngo-keski");
        SessionWork older = sessionOf(username, SampleWork.STARTS_AT.minus(Duration.ofDays(7)));
        SessionWork newer = sessionOf(username, SampleWork.STARTS_AT);
        SampleWork.hold(ordering, older);
        SampleWork.hold(ordering, newer);
        mvc.perform(put("/api/feedback/tasks/{id}/follow-up", TaskId.of(older).value()).with(ORDERER)
                .contentType(MediaType.APPLICATION_JSON).content(NOTE)).andExpect(status().isOk());

        mvc.perform(get("/api/feedback/me").param("size", "1").with(expert))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.tasks[*].taskId").value(contains(TaskId.of(newer).value())))
                .andExpect(jsonPath("$.tasks[0].readAs").value("EXPERT"))
                .andExpect(jsonPath("$.tasks[0].followUp").doesNotExist())
                .andExpect(jsonPath("$.clientsAcrossTasks.respondent").value("CLIENT"))
                .andExpect(jsonPath("$.clientsAcrossTasks.answers").value(0));
        mvc.perform(get("/api/feedback/me").param("page", "1").param("size", "1").with(expert))
                .andExpect(jsonPath("$.tasks[*].taskId").value(contains(TaskId.of(older).value())))
                .andExpect(jsonPath("$.tasks[0].followUp.texts.fi").value("Otimme palautteen käyttöön perehdytyksessä."));
    }

    @Test
    void ownFeedbackIsForExpertsWithinPageBounds() throws Exception {
        mvc.perform(get("/api/feedback/me").with(ORDERER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
        mvc.perform(get("/api/feedback/me").param("size", "51").with(EXPERT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-page-size"));
        mvc.perform(get("/api/feedback/me").param("page", "-1").with(EXPERT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"));
        mvc.perform(get("/api/feedback/me").param("page", "first").with(EXPERT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private FeedbackTask answeredLecture(int listeners) {
        FeedbackTask task = heldTask(false);
        for (int i = 0; i < listeners; i++) {
            answer(task, Respondent.LISTENER, Map.of("overall", i == 0 ? "5" : "4",
                    "comment", "Kuulija " + i + ": aino.testinen" + i + "@example.org"));
        }
        answer(task, Respondent.ORDERER, Map.of("overall", "4", "goals-met", "5", "cooperation", "4",
                "comment", "Soittakaa 040 123 4567"));
        answer(task, Respondent.SELF_ASSESSMENT, Map.of("overall", "3", "preparation", "4", "to-improve", "Jännitti"));
        return task;
    }

    private static SessionWork sessionOf(String username, Instant startsAt) {
        String assignment = "a-" + UUID.randomUUID();
        return new SessionWork("order-" + assignment, "s-1", assignment, "expert-paged", username, SampleWork.COUNTY,
                SampleWork.UNIT, "LECTURE_REGIONAL", "PROFESSIONALS", false, startsAt);
    }

    private void answer(FeedbackTask task, Respondent respondent, Map<String, String> values) {
        answers.submit(new SubmitFeedbackAnswerCommand(tokenOf(task, respondent), 1, values));
    }

    private void assertNoSecrets(FeedbackTask task, String body) {
        for (Respondent respondent : Respondent.values()) {
            task.request(respondent).ifPresent(request -> {
                assertThat(body).doesNotContain(tokenOf(task, respondent));
                assertThat(body).doesNotContain(request.tokenHash().value());
                assertThat(body).doesNotContain(request.linkId().value());
            });
        }
        assertThat(body).doesNotContain("expertUsername", SampleWork.EXPERT_USERNAME, "example.org");
    }
}
