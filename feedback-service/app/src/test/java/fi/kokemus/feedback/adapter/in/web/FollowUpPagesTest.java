package fi.kokemus.feedback.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.feedback.application.port.in.RecordFollowUpUseCase;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The unit's note on the pages people reach through the task's links. */
class FollowUpPagesTest extends WebTestSupport {

    private static final Actor ORDERER = new Actor("sub-orderer.soite", "orderer.soite", Set.of(Role.ORDERER),
            SampleWork.COUNTY, SampleWork.UNIT);
    private static final String INJECTED = "<script>alert('x')</script> & <b>bold</b>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;";

    @Autowired
    RecordFollowUpUseCase followUps;
    @Autowired
    SubmitFeedbackAnswerUseCase answers;

    @Test
    void theAudienceFormShowsTheNoteEscapedInThePagesLanguage() throws Exception {
        FeedbackTask task = heldTask(false);
        followUps.record(ORDERER, task.id(), Map.of("fi", "Muutimme ohjeita. " + INJECTED, "sv", "Vi ändrade anvisningarna."));

        String finnish = page(Respondent.LISTENER, task, "");
        String swedish = page(Respondent.LISTENER, task, "?lang=sv");

        assertThat(finnish).contains("Näin palautetta on käytetty", "<p class=\"follow-up-text\" lang=\"fi\">Muutimme ohjeita. "
                + ESCAPED + "</p>", "Yksikkö kirjasi tämän 11.3.2026.").doesNotContain("<script>", "<b>bold");
        assertThat(swedish).contains("Så här har responsen använts", "lang=\"sv\">Vi ändrade anvisningarna.</p>",
                "Enheten skrev detta 11.3.2026.");
    }

    @Test
    void aPageInAnotherLanguageMarksTheNotesLanguage() throws Exception {
        FeedbackTask task = heldTask(false);
        followUps.record(ORDERER, task.id(), Map.of("fi", "Vain suomeksi."));

        assertThat(page(Respondent.LISTENER, task, "?lang=en")).contains("How the feedback was used",
                "<p class=\"follow-up-text\" lang=\"fi\">Vain suomeksi.</p>");
    }

    @Test
    void aPersonalLinkShowsTheNoteOnlyOnceAnswered() throws Exception {
        FeedbackTask task = heldTask(false);
        followUps.record(ORDERER, task.id(), Map.of("en", "We changed the briefing."));
        assertThat(page(Respondent.ORDERER, task, "?lang=en")).doesNotContain("We changed the briefing.");

        answers.submit(new SubmitFeedbackAnswerCommand(tokenOf(task, Respondent.ORDERER), 1,
                Map.of("overall", "5", "goals-met", "5", "cooperation", "5")));

        assertThat(html(path(task, Respondent.ORDERER) + "/thanks?lang=en", 200))
                .contains("Thank you for your feedback", "We changed the briefing.");
        assertThat(html(path(task, Respondent.ORDERER) + "?lang=en", 410))
                .contains("This link has already been answered", "We changed the briefing.");
        assertThat(page(Respondent.SELF_ASSESSMENT, task, "?lang=en")).doesNotContain("We changed the briefing.");
    }

    @Test
    void withoutANoteOrALinkNothingIsShown() throws Exception {
        FeedbackTask task = heldTask(false);

        assertThat(page(Respondent.LISTENER, task, "")).doesNotContain("follow-up");
        assertThat(html("/api/feedback/public/unknown-token", 404)).doesNotContain("follow-up");
    }

    private String page(Respondent respondent, FeedbackTask task, String query) throws Exception {
        return html(path(task, respondent) + query, 200);
    }

    private String path(FeedbackTask task, Respondent respondent) {
        return "/api/feedback/public/" + tokenOf(task, respondent);
    }

    private String html(String path, int status) throws Exception {
        return mvc.perform(get(path)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
