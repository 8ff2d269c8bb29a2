package fi.kokemus.feedback.adapter.in.web;

import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Role;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class FeedbackTaskControllerTest extends WebTestSupport {

    private static final RequestPostProcessor ORDERER =
            as("orderer.soite", Role.ORDERER, SampleWork.COUNTY, SampleWork.UNIT);
    private static final RequestPostProcessor EXPERT =
            as(SampleWork.EXPERT_USERNAME, Role.EXPERT, SampleWork.COUNTY, "ngo-keski");
    private static final RequestPostProcessor COORDINATOR =
            as("coordinator.soite", Role.COORDINATOR, SampleWork.COUNTY, null);

    @Autowired
    SubmitFeedbackAnswerUseCase answers;

    @Test
    void theOrdererSeesTheOrdererAndListenerLinks() throws Exception {
        FeedbackTask task = heldTask(false);

        mvc.perform(get("/api/feedback/tasks").param("orderId", task.work().orderId()).with(ORDERER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(task.id().value()))
                .andExpect(jsonPath("$[0].taskType").value("LECTURE_REGIONAL"))
                .andExpect(jsonPath("$[0].unitId").value(SampleWork.UNIT))
                .andExpect(jsonPath("$[0].requests[0].respondent").value("LISTENER"))
                .andExpect(jsonPath("$[0].requests[0].singleUse").value(false))
                .andExpect(jsonPath("$[0].requests[0].link").value(LINK_BASE + tokenOf(task, Respondent.LISTENER)))
                .andExpect(jsonPath("$[0].requests[0].opensAt").value(SampleWork.STARTS_AT.toString()))
                .andExpect(jsonPath("$[0].requests[0].qrCode")
                        .value("/api/feedback/tasks/" + task.id().value() + "/listener-qr.svg"))
                .andExpect(jsonPath("$[0].requests[1].respondent").value("ORDERER"))
                .andExpect(jsonPath("$[0].requests[1].singleUse").value(true))
                .andExpect(jsonPath("$[0].requests[1].state").value("OPEN"))
                .andExpect(jsonPath("$[0].requests[1].link").value(LINK_BASE + tokenOf(task, Respondent.ORDERER)))
                .andExpect(jsonPath("$[0].requests[2].respondent").value("SELF_ASSESSMENT"))
                .andExpect(jsonPath("$[0].requests[2].link").doesNotExist());
    }

    @Test
    void theOrdererPassesTheClientLinkOnForOneToOneWork() throws Exception {
        FeedbackTask task = heldTask(true);

        mvc.perform(get("/api/feedback/tasks/{id}", task.id().value()).with(ORDERER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requests[*].respondent").value(
                        contains("ORDERER", "CLIENT", "SELF_ASSESSMENT")))
                .andExpect(jsonPath("$.requests[1].link").value(LINK_BASE + tokenOf(task, Respondent.CLIENT)));
    }

    @Test
    void theExpertSeesTheSelfAssessmentAndListenerLinks() throws Exception {
        FeedbackTask task = heldTask(false);

        mvc.perform(get("/api/feedback/tasks/{id}", task.id().value()).with(EXPERT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requests[0].link").value(LINK_BASE + tokenOf(task, Respondent.LISTENER)))
                .andExpect(jsonPath("$.requests[1].link").doesNotExist())
                .andExpect(jsonPath("$.requests[2].link")
                        .value(LINK_BASE + tokenOf(task, Respondent.SELF_ASSESSMENT)));
    }

    @Test
    void theCoordinatorSeesAnswerCountsButNoLinks() throws Exception {
        FeedbackTask task = heldTask(false);
        answers.submit(new SubmitFeedbackAnswerCommand(tokenOf(task, Respondent.LISTENER), 1, Map.of("overall", "5")));
        answers.submit(new SubmitFeedbackAnswerCommand(tokenOf(task, Respondent.LISTENER), 1, Map.of("overall", "4")));
        answers.submit(new SubmitFeedbackAnswerCommand(tokenOf(task, Respondent.ORDERER), 1,
                Map.of("overall", "3", "goals-met", "3", "cooperation", "3")));

        String body = mvc.perform(get("/api/feedback/tasks/{id}", task.id().value()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requests[0].answers").value(2))
                .andExpect(jsonPath("$.requests[1].answers").value(1))
                .andExpect(jsonPath("$.requests[1].state").value("USED"))
                .andExpect(jsonPath("$.requests[2].answers").value(0))
                .andExpect(jsonPath("$.requests[*].link").isEmpty())
                .andReturn().getResponse().getContentAsString();
        for (Respondent respondent : Respondent.values()) {
            task.request(respondent).ifPresent(request ->
                    assertThat(body).doesNotContain(tokenOf(task, respondent)));
        }
    }

    @Test
    void linksShowAsExpiredOnceTheirTimeIsUp() throws Exception {
        FeedbackTask task = heldTask(false);
        clock.advance(Duration.ofDays(30));

        mvc.perform(get("/api/feedback/tasks/{id}", task.id().value()).with(ORDERER))
                .andExpect(jsonPath("$.requests[*].state").value(
                        everyItem(is("EXPIRED"))));
    }

    @Test
    void othersAreRefusedWithAProblem() throws Exception {
        FeedbackTask task = heldTask(false);
        RequestPostProcessor[] others = {
            as("orderer.itu", Role.ORDERER, "ita-uusimaa", "itu-social-work-unit"),
            as("orderer.soite.other", Role.ORDERER, SampleWork.COUNTY, "soite-child-unit"),
            as("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", null),
            as("expert.itu", Role.EXPERT, "ita-uusimaa", "ngo-ita"),
            as("finance.soite", Role.FINANCE, SampleWork.COUNTY, null),
            as("ngo.soite", Role.NGO_PARTNER, SampleWork.COUNTY, "ngo-keski"),
        };
        for (RequestPostProcessor other : others) {
            mvc.perform(get("/api/feedback/tasks/{id}", task.id().value()).with(other))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:kokemus:problem:not-your-task"));
            mvc.perform(get("/api/feedback/tasks").param("orderId", task.work().orderId()).with(other))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theAudienceLinkIsAQrCodeForThoseWhoHandItOut() throws Exception {
        FeedbackTask task = heldTask(false);

        for (RequestPostProcessor handsItOut : new RequestPostProcessor[] {ORDERER, EXPERT}) {
            String svg = mvc.perform(get("/api/feedback/tasks/{id}/listener-qr.svg", task.id().value()).with(handsItOut))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(svg).startsWith("<svg").contains("<path").endsWith("</svg>");
        }
        mvc.perform(get("/api/feedback/tasks/{id}/listener-qr.svg", task.id().value()).with(COORDINATOR))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:no-listener-link"));
        mvc.perform(get("/api/feedback/tasks/{id}/listener-qr.svg", heldTask(true).id().value()).with(ORDERER))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        FeedbackTask task = heldTask(false);

        mvc.perform(get("/api/feedback/tasks/{id}", task.id().value()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:unauthenticated"));
    }

    @Test
    void unknownTasksAndMissingOrdersAreProblems() throws Exception {
        mvc.perform(get("/api/feedback/tasks/{id}", "task-unknown").with(ORDERER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:feedback-task-not-found"));
        mvc.perform(get("/api/feedback/tasks").with(ORDERER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:order-id-required"))
                .andExpect(jsonPath("$.field").value("orderId"));
        mvc.perform(get("/api/feedback/tasks").param("orderId", "order-without-tasks").with(ORDERER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }
}
