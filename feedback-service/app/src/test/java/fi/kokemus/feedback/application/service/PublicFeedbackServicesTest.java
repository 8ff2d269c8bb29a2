package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmittedAnswer;
import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackLinkClosed;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.CountingRandomBytes;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person without an account can do with a link: see what it is for, and answer. */
class PublicFeedbackServicesTest {

    private static final Instant OPENED_AT = Instant.parse("2026-03-12T09:00:00Z");

    private final MutableClock clock = new MutableClock(OPENED_AT);
    private final RacingRepository tasks = new RacingRepository();
    private final FeedbackLinkService links = new FeedbackLinkService(tasks, clock);
    private final SubmitFeedbackAnswerService answers = new SubmitFeedbackAnswerService(tasks, clock);

    @BeforeEach
    void openLecture() {
        new OpenFeedbackRequestsService(tasks, new CountingRandomBytes(), clock, Duration.ofDays(30))
                .open(SampleWork.lecture("order-1", "a-1"));
    }

    @Test
    void describesWhatALinkIsFor() {
        assertThat(links.describe(token(Respondent.LISTENER))).isEqualTo(new FeedbackLinkView("LECTURE_REGIONAL",
                LocalDate.parse("2026-03-10"), Respondent.LISTENER, OPENED_AT.plus(Duration.ofDays(30))));
    }

    @Test
    void storesAnAnswerInTheTask() {
        clock.advance(Duration.ofHours(1));

        SubmittedAnswer submitted = answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.ORDERER), 4, "Hyvä"));

        FeedbackAnswer expected = new FeedbackAnswer(4, "Hyvä", OPENED_AT.plus(Duration.ofHours(1)));
        assertThat(submitted).isEqualTo(new SubmittedAnswer(Respondent.ORDERER, expected));
        assertThat(task().request(Respondent.ORDERER).orElseThrow().answers()).containsExactly(expected);
    }

    @Test
    void aPersonalLinkIsGoneOnceAnswered() {
        String orderer = token(Respondent.ORDERER);
        answers.submit(new SubmitFeedbackAnswerCommand(orderer, 4, ""));

        assertThatThrownBy(() -> answers.submit(new SubmitFeedbackAnswerCommand(orderer, 1, "toinen")))
                .isInstanceOf(FeedbackLinkClosed.class);
        assertThatThrownBy(() -> links.describe(orderer)).isInstanceOf(FeedbackLinkClosed.class);
        assertThat(task().request(Respondent.ORDERER).orElseThrow().answers()).hasSize(1);
    }

    @Test
    void anExpiredLinkIsGoneAndTakesNothing() {
        clock.advance(Duration.ofDays(30));

        assertThatThrownBy(() -> links.describe(token(Respondent.LISTENER))).isInstanceOf(FeedbackLinkClosed.class);
        assertThatThrownBy(() -> answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.LISTENER), 3, "")))
                .isInstanceOf(FeedbackLinkClosed.class);
        assertThat(task().request(Respondent.LISTENER).orElseThrow().answers()).isEmpty();
    }

    @Test
    void unknownAndMalformedTokensAreNotFound() {
        String unknown = "A".repeat(43);
        for (String token : new String[] {unknown, "not-a-token", ""}) {
            assertThatThrownBy(() -> links.describe(token)).isInstanceOfSatisfying(DomainProblem.class,
                    problem -> assertThat(problem.code()).isEqualTo("feedback-link-not-found"));
            assertThatThrownBy(() -> answers.submit(new SubmitFeedbackAnswerCommand(token, 3, "")))
                    .isInstanceOfSatisfying(DomainProblem.class,
                            problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
        }
    }

    @Test
    void anInvalidAnswerChangesNothing() {
        assertThatThrownBy(() -> answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.ORDERER), 9, "")))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("rating"));
        assertThat(task().version()).isEqualTo(1);
    }

    @Test
    void anAnswerThatLosesARaceIsRetriedOnFreshState() {
        int races = SubmitFeedbackAnswerService.ATTEMPTS - 1;
        tasks.loseNextRaces(races);

        answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.LISTENER), 5, "mine"));

        assertThat(task().request(Respondent.LISTENER).orElseThrow().answers()).extracting(FeedbackAnswer::comment)
                .hasSize(races + 1).containsOnlyOnce("mine");
    }

    @Test
    void givesUpAfterLosingEveryAttempt() {
        tasks.loseNextRaces(SubmitFeedbackAnswerService.ATTEMPTS);

        assertThatThrownBy(() -> answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.LISTENER), 5, "mine")))
                .isInstanceOf(ConcurrentTaskUpdate.class);
        assertThat(task().request(Respondent.LISTENER).orElseThrow().answers()).extracting(FeedbackAnswer::comment)
                .doesNotContain("mine");
    }

    private FeedbackTask task() {
        return tasks.find(new TaskId("task-a-1")).orElseThrow();
    }

    private String token(Respondent respondent) {
        return task().request(respondent).orElseThrow().token().value();
    }

    /** Another listener's answer lands just before each of the next updates. */
    private static class RacingRepository extends InMemoryFeedbackTaskRepository {

        private int racesToLose;

        void loseNextRaces(int count) {
            racesToLose = count;
        }

        @Override
        public synchronized void update(FeedbackTask task) {
            if (racesToLose > 0) {
                racesToLose--;
                FeedbackTask current = find(task.id()).orElseThrow();
                super.update(current.answer(current.request(Respondent.LISTENER).orElseThrow().token(),
                        new FeedbackAnswer(2, "someone else", current.openedAt())));
            }
            super.update(task);
        }
    }
}
