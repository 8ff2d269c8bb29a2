package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.MutableClockConfiguration;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.platform.test.ServiceWebTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
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
    "kokemus.feedback.public-answers-per-minute=1000",
})
@Import(MutableClockConfiguration.class)
abstract class WebTestSupport {

    /** When the session is reported: a day after it started. */
    static final Instant REPORTED_AT = SampleWork.STARTS_AT.plus(Duration.ofDays(1));
    static final String LINK_BASE = "https://kokemus.example.org/palaute/";

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    FollowOrderingUseCase ordering;
    @Autowired
    FeedbackTaskRepository tasks;
    @Autowired
    LinkKeys linkKeys;

    @BeforeEach
    void resetClock() {
        clock.set(REPORTED_AT);
    }

    /** A held session under a fresh order and assignment, so tests never see each other's data. */
    FeedbackTask heldTask(boolean clientWork) {
        SessionWork work = SampleWork.work("order-" + UUID.randomUUID(), "a-" + UUID.randomUUID(), "s-1", clientWork);
        SampleWork.hold(ordering, work);
        return tasks.find(TaskId.of(work)).orElseThrow();
    }

    String tokenOf(FeedbackTask task, Respondent respondent) {
        return linkKeys.tokenOf(task.request(respondent).orElseThrow().linkId()).value();
    }
}
