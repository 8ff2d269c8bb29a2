package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.in.SubmissionOutcome;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.AnswerSummary;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FormCatalogue;
import fi.kokemus.feedback.domain.FormDefinition.FieldError;
import fi.kokemus.feedback.domain.FormDefinition.Problem;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.RequestsOpened;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person without an account can do with a link: see what it is for, and answer. */
class PublicFeedbackServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    private static final TaskId TASK = new TaskId("task-a-1--s-1");
    private static final Map<String, String> ORDERER_ANSWER =
            Map.of("overall", "4", "goals-met", "5", "cooperation", "3", "comment", "Hyvä <b>luento</b>");

    private final MutableClock clock = new MutableClock(NOW);
    private final LinkKeys keys = SampleWork.linkKeys();
    private final RacingRepository tasks = new RacingRepository();
    private final FeedbackLinkService links = new FeedbackLinkService(tasks, clock);
    private final SubmitFeedbackAnswerService answers = new SubmitFeedbackAnswerService(tasks, AnswerSummary.DEFAULT_MINIMUM, clock);

    @BeforeEach
    void holdLecture() {
        FollowOrderingServiceTest.heldLectureWithTwoExperts(tasks, clock);
    }

    @Test
    void describesWhatALinkIsForAndWithWhichForm() {
        assertThat(links.describe(token(Respondent.LISTENER))).contains(new FeedbackLinkView(Respondent.LISTENER,
                "LECTURE_REGIONAL", LocalDate.parse("2026-03-10"), FormCatalogue.current(Respondent.LISTENER),
                LinkState.OPEN, SampleWork.STARTS_AT, SampleWork.STARTS_AT.plus(Duration.ofDays(14))));
    }

    @Test
    void storesAnAnswerWithItsFormVersionInTheTask() {
        clock.advance(Duration.ofHours(1));

        SubmissionOutcome outcome = answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.ORDERER), 1,
                ORDERER_ANSWER));

        FeedbackAnswer expected = new FeedbackAnswer("orderer", 1, Map.of("overall", 4, "goals-met", 5,
                "cooperation", 3), Map.of("comment", "Hyvä <b>luento</b>"), NOW.plus(Duration.ofHours(1)));
        assertThat(outcome).isInstanceOfSatisfying(SubmissionOutcome.Recorded.class,
                recorded -> assertThat(recorded.answer()).isEqualTo(expected));
        assertThat(task().request(Respondent.ORDERER).orElseThrow().answers()).containsExactly(expected);
    }

    @Test
    void aPersonalLinkTakesNothingOnceAnswered() {
        String orderer = token(Respondent.ORDERER);
        answers.submit(new SubmitFeedbackAnswerCommand(orderer, null, ORDERER_ANSWER));

        SubmissionOutcome second = answers.submit(new SubmitFeedbackAnswerCommand(orderer, null, ORDERER_ANSWER));

        assertThat(second).isInstanceOfSatisfying(SubmissionOutcome.Unavailable.class, unavailable ->
                assertThat(unavailable.link()).map(FeedbackLinkView::state).contains(LinkState.USED));
        assertThat(links.describe(orderer)).map(FeedbackLinkView::state).contains(LinkState.USED);
        assertThat(task().request(Respondent.ORDERER).orElseThrow().answers()).hasSize(1);
    }

    @Test
    void anExpiredLinkTakesNothing() {
        clock.advance(Duration.ofDays(30));

        SubmissionOutcome outcome = answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.LISTENER), null,
                Map.of("overall", "3")));

        assertThat(outcome).isInstanceOfSatisfying(SubmissionOutcome.Unavailable.class, unavailable ->
                assertThat(unavailable.link()).map(FeedbackLinkView::state).contains(LinkState.EXPIRED));
        assertThat(task().request(Respondent.LISTENER).orElseThrow().answers()).isEmpty();
    }

    @Test
    void unknownAndMalformedTokensAreAbsent() {
        for (String token : new String[] {"A".repeat(43), "not-a-token", "", null}) {
            assertThat(links.describe(token)).isEmpty();
            assertThat(answers.submit(new SubmitFeedbackAnswerCommand(token, null, Map.of("overall", "3"))))
                    .isEqualTo(new SubmissionOutcome.Unavailable(Optional.empty()));
        }
    }

    @Test
    void anInvalidAnswerIsRefusedAndChangesNothing() {
        long version = task().version();

        SubmissionOutcome outcome = answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.ORDERER), 1,
                Map.of("overall", "9", "goals-met", "5", "cooperation", "3")));

        assertThat(outcome).isInstanceOfSatisfying(SubmissionOutcome.Refused.class, refused ->
                assertThat(refused.errors()).containsExactly(new FieldError("overall", Problem.NOT_A_RATING)));
        assertThat(task().version()).isEqualTo(version);
    }

    @Test
    void anUnpublishedFormVersionIsAnsweredAgainstTheCurrentOne() {
        answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.LISTENER), 42, Map.of("overall", "5")));

        assertThat(task().request(Respondent.LISTENER).orElseThrow().answers()).singleElement()
                .satisfies(answer -> assertThat(answer.formVersion())
                        .isEqualTo(FormCatalogue.current(Respondent.LISTENER).version()));
    }

    @Test
    void anAnswerThatLosesARaceIsRetriedOnFreshState() {
        int races = TaskUpdates.ATTEMPTS - 1;
        tasks.loseNextRaces(races);

        answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.LISTENER), 1,
                Map.of("overall", "5", "comment", "mine")));

        assertThat(task().request(Respondent.LISTENER).orElseThrow().answers())
                .extracting(answer -> answer.texts().get("comment"))
                .hasSize(races + 1).containsOnlyOnce("mine");
    }

    @Test
    void givesUpAfterLosingEveryAttempt() {
        tasks.loseNextRaces(TaskUpdates.ATTEMPTS);

        assertThatThrownBy(() -> answers.submit(new SubmitFeedbackAnswerCommand(token(Respondent.LISTENER), 1,
                Map.of("overall", "5", "comment", "mine")))).isInstanceOf(ConcurrentTaskUpdate.class);
        assertThat(task().request(Respondent.LISTENER).orElseThrow().answers())
                .extracting(answer -> answer.texts().get("comment")).doesNotContain("mine");
    }

    private FeedbackTask task() {
        return tasks.find(TASK).orElseThrow();
    }

    private String token(Respondent respondent) {
        return keys.tokenOf(task().request(respondent).orElseThrow().linkId()).value();
    }

    /** Another listener's answer lands just before each of the next updates. */
    private static class RacingRepository extends InMemoryFeedbackTaskRepository {

        private int racesToLose;

        void loseNextRaces(int count) {
            racesToLose = count;
        }

        @Override
        public synchronized void update(FeedbackTask task, Optional<RequestsOpened> opened) {
            if (racesToLose > 0) {
                racesToLose--;
                FeedbackTask current = find(task.id()).orElseThrow();
                super.update(current.answer(current.request(Respondent.LISTENER).orElseThrow().tokenHash(),
                        new FeedbackAnswer("listener", 1, Map.of("overall", 2), Map.of("comment", "someone else"),
                                current.openedAt())), Optional.empty());
            }
            super.update(task, opened);
        }
    }
}
