package fi.kokemus.feedback.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionOutcomeKind;
import fi.kokemus.feedback.domain.TaskChange;
import fi.kokemus.feedback.domain.TokenHash;
import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FeedbackTaskRepository} does; each adapter (and the fake) runs these. */
public abstract class FeedbackTaskRepositoryContract {

    protected static final Instant OPENED_AT = Instant.parse("2026-03-12T09:00:00Z");
    private static final LinkKeys KEYS = SampleWork.linkKeys();

    protected abstract FeedbackTaskRepository repository();

    @Test
    void storesANewTaskAtVersionOne() {
        TaskChange created = newTask("order-" + UUID.randomUUID());

        assertThat(repository().addIfAbsent(created.task(), created.opened())).isTrue();

        assertThat(repository().find(created.task().id())).contains(atVersion(created.task(), 1));
    }

    @Test
    void aSecondTaskWithTheSameIdIsNotStored() {
        TaskChange created = newTask("order-" + UUID.randomUUID());
        repository().addIfAbsent(created.task(), created.opened());
        TaskChange again = FeedbackTask.confirmed(created.task().work(), OPENED_AT.plusSeconds(60),
                Duration.ofDays(14), KEYS::issue);

        assertThat(repository().addIfAbsent(again.task(), again.opened())).isFalse();

        assertThat(repository().find(created.task().id())).contains(atVersion(created.task(), 1));
    }

    @Test
    void findsTasksByOrderAndByTheHashOfAnyOfTheirLinks() {
        String orderId = "order-" + UUID.randomUUID();
        FeedbackTask first = stored(orderId);
        FeedbackTask second = stored(orderId);

        assertThat(repository().findByOrder(orderId)).extracting(FeedbackTask::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(second.requests()).hasSize(3).allSatisfy(request ->
                assertThat(repository().findByTokenHash(request.tokenHash())).map(FeedbackTask::id).contains(second.id()));
        assertThat(repository().findByTokenHash(new TokenHash("unknown"))).isEmpty();
        assertThat(repository().findByOrder("order-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void storesAnswersVerbatimWithTheirFormVersionAndMovesTheVersionOn() {
        FeedbackTask task = stored("order-" + UUID.randomUUID());
        String comment = "<script>alert('x')</script> \"kiitos\" & näkemiin";

        FeedbackTask answered = task.answer(hashOf(task, Respondent.LISTENER), answer(5, comment));
        repository().update(answered, Optional.empty());

        assertThat(repository().find(task.id())).contains(atVersion(answered, 3));
    }

    @Test
    void refusesAnUpdateOfAStaleVersion() {
        FeedbackTask task = stored("order-" + UUID.randomUUID());
        repository().update(task.answer(hashOf(task, Respondent.LISTENER), answer(4, "first")), Optional.empty());

        FeedbackTask stale = task.answer(hashOf(task, Respondent.LISTENER), answer(1, "second"));

        assertThatThrownBy(() -> repository().update(stale, Optional.empty())).isInstanceOf(ConcurrentTaskUpdate.class);
        assertThat(repository().find(task.id()).orElseThrow().request(Respondent.LISTENER).orElseThrow().answers())
                .extracting(answer -> answer.texts().get("comment")).containsExactly("first");
    }

    /** A lecture task with its audience link, created by the confirmation (not yet stored). */
    protected static TaskChange newTask(String orderId) {
        return FeedbackTask.confirmed(SampleWork.lecture(orderId, "a-" + UUID.randomUUID()), OPENED_AT,
                Duration.ofDays(14), KEYS::issue);
    }

    /** A stored lecture task whose session was held: audience, orderer and self-assessment links, at version 2. */
    protected FeedbackTask stored(String orderId) {
        TaskChange created = newTask(orderId);
        repository().addIfAbsent(created.task(), created.opened());
        TaskChange held = repository().find(created.task().id()).orElseThrow()
                .afterSession(SessionOutcomeKind.HELD, OPENED_AT, Duration.ofDays(30), KEYS::issue);
        repository().update(held.task(), held.opened());
        return repository().find(created.task().id()).orElseThrow();
    }

    protected static TokenHash hashOf(FeedbackTask task, Respondent respondent) {
        return task.request(respondent).orElseThrow().tokenHash();
    }

    protected static FeedbackAnswer answer(int overall, String comment) {
        return new FeedbackAnswer("listener", 1, Map.of("overall", overall), Map.of("comment", comment), OPENED_AT);
    }

    private static FeedbackTask atVersion(FeedbackTask task, long version) {
        return new FeedbackTask(task.id(), task.work(), task.openedAt(), task.requests(), version);
    }
}
