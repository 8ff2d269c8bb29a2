package fi.kokemus.feedback.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The HTML forms as a browser without JavaScript gets them; the browser tests drive the same pages in Chromium. */
class FeedbackFormControllerTest extends WebTestSupport {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Test
    void servesTheFormInTheChosenLanguageWithLabelledQuestions() throws Exception {
        FeedbackTask task = heldTask(false);

        String finnish = page(get(path(task, Respondent.ORDERER)), 200);
        String swedish = page(get(path(task, Respondent.ORDERER) + "?lang=sv"), 200);
        String english = page(get(path(task, Respondent.ORDERER)).header("Accept-Language", "en-GB,en;q=0.8"), 200);

        assertThat(finnish).contains("<html lang=\"fi\">", "Palaute tilaajalta", "alueellinen luento, 10.3.2026",
                "<legend>Kokonaisarvio tehtävästä (pakollinen)</legend>", "name=\"formVersion\" value=\"1\"",
                "<meta name=\"viewport\"", "<label for=\"q-overall-1\">1 – heikko</label>", "<label class=\"text-label\" for=\"q-comment\"");
        assertThat(swedish).contains("<html lang=\"sv\">", "Respons från beställaren");
        assertThat(english).contains("<html lang=\"en\">", "Feedback from the orderer",
                "href=\"?lang=fi\" lang=\"fi\" hreflang=\"fi\"", "aria-current=\"page\"");
    }

    @Test
    void aValidAnswerIsStoredAndThePersonThanked() throws Exception {
        FeedbackTask task = heldTask(false);

        mvc.perform(answer(task, Respondent.ORDERER, "lang", "sv", "q.overall", "5",
                        "q.goals-met", "4", "q.cooperation", "3", "q.comment", SCRIPT))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(path(task, Respondent.ORDERER) + "/thanks?lang=sv"));

        assertThat(stored(task, Respondent.ORDERER).answers()).singleElement().satisfies(answer -> {
            assertThat(answer.formId()).isEqualTo("orderer");
            assertThat(answer.ratings()).containsEntry("overall", 5).containsEntry("goals-met", 4);
            assertThat(answer.texts()).containsEntry("comment", SCRIPT);
        });
        assertThat(page(get(path(task, Respondent.ORDERER) + "/thanks?lang=sv"), 200))
                .contains("Tack för din respons");
    }

    @Test
    void anIncompleteAnswerIsShownAgainWithAnErrorSummaryAndTheTextEscaped() throws Exception {
        FeedbackTask task = heldTask(false);

        String html = page(answer(task, Respondent.ORDERER, "q.goals-met", "9", "q.comment", SCRIPT), 422);

        assertThat(html).contains("<title>Virhe: Palautelomake</title>", "role=\"alert\"",
                "<a href=\"#q-overall-1\">Kokonaisarvio tehtävästä: Valitse arvio.</a>",
                "<a href=\"#q-goals-met-1\">", "aria-describedby=\"q-overall-1-error\"",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain(SCRIPT);
        assertThat(stored(task, Respondent.ORDERER).answers()).isEmpty();
    }

    @Test
    void aPersonalLinkAnsweredOnceRefusesASecondAnswerAndStoresNothing() throws Exception {
        FeedbackTask task = heldTask(false);
        mvc.perform(answer(task, Respondent.SELF_ASSESSMENT, "q.overall", "4", "q.preparation", "4"))
                .andExpect(status().is3xxRedirection());

        String again = page(answer(task, Respondent.SELF_ASSESSMENT, "lang", "en", "q.overall", "1",
                "q.preparation", "1"), 410);

        assertThat(again).contains("This link has already been answered");
        assertThat(page(get(path(task, Respondent.SELF_ASSESSMENT)), 410)).contains("Tähän linkkiin on jo vastattu");
        assertThat(stored(task, Respondent.SELF_ASSESSMENT).answers()).singleElement()
                .satisfies(answer -> assertThat(answer.ratings()).containsEntry("overall", 4));
    }

    @Test
    void theAudienceLinkTakesManyAnswers() throws Exception {
        FeedbackTask task = heldTask(false);

        for (String rating : new String[] {"5", "4", "3"}) {
            mvc.perform(answer(task, Respondent.LISTENER, "q.overall", rating))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(stored(task, Respondent.LISTENER).answers()).hasSize(3);
    }

    @Test
    void closedLinksSayWhyAndTakeNothing() throws Exception {
        FeedbackTask task = heldTask(false);
        String listener = path(task, Respondent.LISTENER);
        clock.set(task.work().startsAt().minus(Duration.ofHours(2)));

        assertThat(page(get(listener + "?lang=en"), 409))
                .contains("Feedback is not open yet", "10.3.2026 12:00");
        clock.set(REPORTED_AT.plus(Duration.ofDays(31)));
        assertThat(page(answer(task, Respondent.ORDERER, "lang", "sv", "q.overall", "5", "q.goals-met", "5",
                "q.cooperation", "5"), 410)).contains("Länken har gått ut");
        assertThat(page(get("/api/feedback/public/" + "A".repeat(43)), 404)).contains("Linkkiä ei löydy");
        assertThat(page(get("/api/feedback/public/not-a-token"), 404)).contains("Linkkiä ei löydy");
        assertThat(stored(task, Respondent.LISTENER).answers()).isEmpty();
        assertThat(stored(task, Respondent.ORDERER).answers()).isEmpty();
    }

    @Test
    void anOversizedAnswerIsRefusedBeforeItIsRead() throws Exception {
        FeedbackTask task = heldTask(false);

        String html = page(post(path(task, Respondent.LISTENER)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("q.overall=5&q.comment=" + "x".repeat(40_000)), 413);

        assertThat(html).contains("Vastaus on liian pitkä", "lang=\"en\"");
        assertThat(stored(task, Respondent.LISTENER).answers()).isEmpty();
    }

    @Test
    void pagesForbidScriptsAndFraming() throws Exception {
        FeedbackTask task = heldTask(false);

        mvc.perform(get(path(task, Respondent.LISTENER)))
                .andExpect(header().string("Content-Security-Policy", FeedbackFormController.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Cache-Control", "no-store"));
        assertThat(FeedbackFormController.CONTENT_SECURITY_POLICY).contains("default-src 'none'")
                .doesNotContain("script-src");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
    }

    /** A form post as a browser sends it: the fields url-encoded in the body. */
    private MockHttpServletRequestBuilder answer(FeedbackTask task, Respondent respondent, String... namesAndValues) {
        StringBuilder body = new StringBuilder("formVersion=1");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append('&').append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return post(path(task, respondent)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body.toString());
    }

    private String path(FeedbackTask task, Respondent respondent) {
        return "/api/feedback/public/" + tokenOf(task, respondent);
    }

    private FeedbackRequest stored(FeedbackTask task, Respondent respondent) {
        return tasks.find(task.id()).orElseThrow().request(respondent).orElseThrow();
    }
}
