package fi.kokemus.feedback.adapter.in.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.adapter.out.mongo.MongoFeedbackTaskRepository;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The links people without an account use: no token, only the link. */
class PublicFeedbackControllerTest extends WebTestSupport {

    @Autowired
    MongoDatabase database;
    @Autowired
    JsonMapper jsonMapper;

    @Test
    void tellsWhatTheLinkIsForWithoutAnAccount() throws Exception {
        FeedbackTask task = openTask("LECTURE_REGIONAL");

        mvc.perform(get("/api/feedback/public/{token}", tokenOf(task, Respondent.LISTENER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskType").value("LECTURE_REGIONAL"))
                .andExpect(jsonPath("$.taskDate").value("2026-03-10"))
                .andExpect(jsonPath("$.respondent").value("LISTENER"))
                .andExpect(jsonPath("$.expiresAt").value("2026-04-10T10:00:00Z"))
                .andExpect(jsonPath("$.orderId").doesNotExist())
                .andExpect(jsonPath("$.expertId").doesNotExist());
    }

    @Test
    void anUnknownLinkIs404() throws Exception {
        for (String token : List.of("A".repeat(43), "lyhyt")) {
            mvc.perform(get("/api/feedback/public/{token}", token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:kokemus:problem:feedback-link-not-found"));
            answer(token, 4, "").andExpect(status().isNotFound());
        }
    }

    @Test
    void theListenerLinkTakesManyAnswers() throws Exception {
        FeedbackTask task = openTask("LECTURE_REGIONAL");
        String listener = tokenOf(task, Respondent.LISTENER);

        answer(listener, 5, "Rohkea ja selkeä esitys")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.respondent").value("LISTENER"))
                .andExpect(jsonPath("$.rating").value(5))
                .andExpect(jsonPath("$.comment").value("Rohkea ja selkeä esitys"))
                .andExpect(jsonPath("$.receivedAt").value(OPENED_AT.toString()));
        answer(listener, 3, null).andExpect(status().isCreated()).andExpect(jsonPath("$.comment").value(""));

        assertThat(storedAnswers(task, Respondent.LISTENER)).extracting(FeedbackAnswer::rating).containsExactly(5, 3);
    }

    @Test
    void aPersonalLinkTakesOneAnswerAndIsThenGone() throws Exception {
        FeedbackTask task = openTask("LECTURE_REGIONAL");
        String orderer = tokenOf(task, Respondent.ORDERER);

        answer(orderer, 4, "Sovitaan uusi kerta").andExpect(status().isCreated());
        answer(orderer, 1, "toinen vastaus")
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:feedback-link-used"))
                .andExpect(jsonPath("$.status").value(410));
        mvc.perform(get("/api/feedback/public/{token}", orderer)).andExpect(status().isGone());

        assertThat(storedAnswers(task, Respondent.ORDERER)).extracting(FeedbackAnswer::comment)
                .containsExactly("Sovitaan uusi kerta");
    }

    @Test
    void anExpiredLinkIsGoneAndStoresNothing() throws Exception {
        FeedbackTask task = openTask("LECTURE_REGIONAL");
        String selfAssessment = tokenOf(task, Respondent.SELF_ASSESSMENT);
        clock.advance(Duration.ofDays(30));

        mvc.perform(get("/api/feedback/public/{token}", selfAssessment))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:feedback-link-expired"));
        answer(selfAssessment, 4, "myöhässä").andExpect(status().isGone());

        assertThat(storedAnswers(task, Respondent.SELF_ASSESSMENT)).isEmpty();
    }

    @Test
    void aScriptInACommentIsStoredAsWrittenAndReturnedEscaped() throws Exception {
        FeedbackTask task = openTask("LECTURE_REGIONAL");
        String script = "<script>alert('x')</script> & \"kiitos\"";

        String body = answer(tokenOf(task, Respondent.LISTENER), 5, script)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("<script>", "</script>", "'x'", "&")
                .contains("\\u003cscript\\u003e", "\\u0026", "\\\"kiitos\\\"");
        assertThat(jsonMapper.readTree(body).get("comment").asString()).isEqualTo(script);
        assertThat(storedComments(task)).containsExactly(script);
    }

    @Test
    void invalidAnswersAreProblemsAndChangeNothing() throws Exception {
        FeedbackTask task = openTask("LECTURE_REGIONAL");
        String orderer = tokenOf(task, Respondent.ORDERER);

        answer(orderer, 0, "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("rating"));
        answer(orderer, 6, "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("rating"));
        answer(orderer, 4, "x".repeat(FeedbackAnswer.MAX_COMMENT_LENGTH + 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("comment"));
        postRaw(orderer, "{\"comment\":\"ei arvosanaa\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("rating"));
        postRaw(orderer, "{\"rating\":\"viisi\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:malformed-body"));
        postRaw(orderer, "{\"rating\":4,").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(storedAnswers(task, Respondent.ORDERER)).isEmpty();
        answer(orderer, 4, "").andExpect(status().isCreated());
    }

    @Test
    void aBodyOverEightKibibytesIs413AndStoresNothing() throws Exception {
        FeedbackTask task = openTask("LECTURE_REGIONAL");
        String padding = " ".repeat(8 * 1024);

        postRaw(tokenOf(task, Respondent.LISTENER), "{\"rating\":4,\"comment\":\"iso\"}" + padding)
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:body-too-large"));

        assertThat(storedAnswers(task, Respondent.LISTENER)).isEmpty();
        postRaw(tokenOf(task, Respondent.LISTENER), "{\"rating\":4,\"comment\":\"iso\"}" + " ".repeat(8 * 1024 - 40))
                .andExpect(status().isCreated());
    }

    private ResultActions answer(String token, int rating, String comment) throws Exception {
        String body = jsonMapper.writeValueAsString(new AnswerRequest(rating, comment));
        return postRaw(token, body);
    }

    private ResultActions postRaw(String token, String body) throws Exception {
        return mvc.perform(post("/api/feedback/public/{token}/answers", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private List<FeedbackAnswer> storedAnswers(FeedbackTask task, Respondent respondent) {
        return tasks.find(task.id()).orElseThrow().request(respondent).orElseThrow().answers();
    }

    /** Straight from the document, past the adapter's mapping. */
    private List<String> storedComments(FeedbackTask task) {
        Document document = database.getCollection(MongoFeedbackTaskRepository.COLLECTION)
                .find(eq("_id", task.id().value())).first();
        return document.getList("requests", Document.class).stream()
                .flatMap(request -> request.getList("answers", Document.class).stream())
                .map(answer -> answer.getString("comment"))
                .toList();
    }
}
