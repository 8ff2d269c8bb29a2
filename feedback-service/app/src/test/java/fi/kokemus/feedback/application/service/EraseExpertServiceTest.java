package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.ExpertErasure;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.test.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry erased an expert: their identity and every free text on their tasks go, the ratings stay. */
class EraseExpertServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    private static final TaskId AINOS_TASK = new TaskId("task-a-1--s-1");
    private static final TaskId EEROS_TASK = new TaskId("task-a-2--s-1");

    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final EraseExpertService erasure = new EraseExpertService(tasks, tasks);

    @BeforeEach
    void holdLectureAndAnswer() {
        FollowOrderingServiceTest.heldLectureWithTwoExperts(tasks, new MutableClock(NOW));
        answer(AINOS_TASK, Respondent.SELF_ASSESSMENT, new FeedbackAnswer("self-assessment", 1,
                Map.of("overall", 4, "preparation", 5), Map.of("went-well", "Minä, Aino Testinen, jännitin"), NOW));
        answer(AINOS_TASK, Respondent.ORDERER, new FeedbackAnswer("orderer", 1,
                Map.of("overall", 5, "goals-met", 5, "cooperation", 4), Map.of("comment", "Aino kertoi hyvin"), NOW));
        answer(EEROS_TASK, Respondent.ORDERER, new FeedbackAnswer("orderer", 1,
                Map.of("overall", 3, "goals-met", 3, "cooperation", 3), Map.of("comment", "Eero myöhästyi"), NOW));
    }

    @Test
    void removesTheExpertsIdentityAndEveryFreeTextOfTheirTasksAndKeepsTheRatings() {
        FeedbackTask before = task(AINOS_TASK);

        assertThat(erasure.erase("expert-aino")).isEqualTo(1);

        FeedbackTask after = task(AINOS_TASK);
        assertThat(after.work().expertId()).isEqualTo(ExpertErasure.ERASED);
        assertThat(after.work().expertUsername()).isEqualTo(ExpertErasure.ERASED);
        assertThat(after.work()).usingRecursiveComparison().ignoringFields("expertId", "expertUsername")
                .isEqualTo(before.work());
        assertThat(answers(after)).hasSize(2).allSatisfy(answer -> assertThat(answer.texts()).isEmpty());
        assertThat(answers(after)).extracting(FeedbackAnswer::ratings)
                .containsExactlyElementsOf(answers(before).stream().map(FeedbackAnswer::ratings).toList());
        assertThat(after.requests()).extracting(FeedbackRequest::tokenHash)
                .containsExactlyElementsOf(before.requests().stream().map(FeedbackRequest::tokenHash).toList());
        assertThat(tasks.findByExpert("expert-aino")).isEmpty();
    }

    @Test
    void leavesOtherExpertsAlone() {
        FeedbackTask eeros = task(EEROS_TASK);

        erasure.erase("expert-aino");

        assertThat(task(EEROS_TASK)).isEqualTo(eeros);
    }

    @Test
    void aRepeatedErasureChangesNothing() {
        erasure.erase("expert-aino");
        FeedbackTask erased = task(AINOS_TASK);

        assertThat(erasure.erase("expert-aino")).isZero();

        assertThat(task(AINOS_TASK)).isEqualTo(erased);
    }

    @Test
    void anUnknownExpertErasesNothing() {
        assertThat(erasure.erase("expert-unknown")).isZero();
    }

    private void answer(TaskId id, Respondent respondent, FeedbackAnswer answer) {
        FeedbackTask task = task(id);
        tasks.update(task.answer(task.request(respondent).orElseThrow().tokenHash(), answer), Optional.empty());
    }

    private FeedbackTask task(TaskId id) {
        return tasks.find(id).orElseThrow();
    }

    private static List<FeedbackAnswer> answers(FeedbackTask task) {
        return task.requests().stream().flatMap(request -> request.answers().stream()).toList();
    }
}
