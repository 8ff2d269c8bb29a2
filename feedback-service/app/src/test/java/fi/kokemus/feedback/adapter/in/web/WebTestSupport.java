package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.OpenFeedbackRequestsUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.domain.CompletedWork;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.test.ServiceWebTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service's web adapter over its real core and Mongo adapter (wire server), with a clock the
 * tests move; Kafka stays out (no listener, no relay, no topic creation). Every web test class
 * extends this so they share one application context.
 */
@ServiceWebTest
@TestPropertySource(properties = {
    "spring.mongodb.database=feedback-web-test",
    "kokemus.feedback.public-link-base=https://kokemus.example.org/palaute/",
})
@Import(WebTestSupport.TestClock.class)
abstract class WebTestSupport {

    static final Instant OPENED_AT = SampleWork.STARTS_AT.plus(Duration.ofDays(1));
    static final String LINK_BASE = "https://kokemus.example.org/palaute/";

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    OpenFeedbackRequestsUseCase openFeedbackRequests;
    @Autowired
    FeedbackTaskRepository tasks;

    @BeforeEach
    void resetClock() {
        clock.set(OPENED_AT);
    }

    /** Opens a task under a fresh order and assignment, so tests never see each other's data. */
    FeedbackTask openTask(String taskType) {
        CompletedWork work = SampleWork.work("order-" + UUID.randomUUID(), "a-" + UUID.randomUUID(), taskType,
                "PROFESSIONALS");
        openFeedbackRequests.open(work);
        return tasks.find(TaskId.forAssignment(work.assignmentId())).orElseThrow();
    }

    static String tokenOf(FeedbackTask task, Respondent respondent) {
        return task.request(respondent).orElseThrow().token().value();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(OPENED_AT);
        }
    }
}
