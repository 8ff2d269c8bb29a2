package fi.kokemus.feedback.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.fakes.SampleWork;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FeedbackTaskRepository} does; each adapter (and the fake) runs these. */
public abstract class FeedbackTaskRepositoryContract {

    private static final Instant OPENED_AT = Instant.parse("2026-03-12T09:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract FeedbackTaskRepository repository();

    @Test
    void storesANewTaskAtVersionOne() {
        FeedbackTask task = newTask("order-" + UUID.randomUUID());

        assertThat(repository().addIfAbsent(task, task.requestsOpened())).isTrue();

        assertThat(repository().find(task.id())).contains(atVersion(task, 1));
    }

    @Test
    void aSecondTaskWithTheSameIdIsNotStored() {
        FeedbackTask task = newTask("order-" + UUID.randomUUID());
        repository().addIfAbsent(task, task.requestsOpened());
        FeedbackTask again = FeedbackTask.open(task.work(), OPENED_AT.plusSeconds(60), Duration.ofDays(30),
                FeedbackTaskRepositoryContract::randomToken);

        assertThat(repository().addIfAbsent(again, again.requestsOpened())).isFalse();

        assertThat(repository().find(task.id())).contains(atVersion(task, 1));
    }

    @Test
    void findsTasksByOrderAndByAnyOfTheirLinks() {
        String orderId = "order-" + UUID.randomUUID();
        FeedbackTask first = newTask(orderId);
        FeedbackTask second = newTask(orderId);
        repository().addIfAbsent(first, first.requestsOpened());
        repository().addIfAbsent(second, second.requestsOpened());

        assertThat(repository().findByOrder(orderId)).extracting(FeedbackTask::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        for (Respondent respondent : Respondent.values()) {
            second.request(respondent).ifPresent(request ->
                    assertThat(repository().findByToken(request.token())).map(FeedbackTask::id).contains(second.id()));
        }
        assertThat(repository().findByToken(randomToken())).isEmpty();
        assertThat(repository().findByOrder("order-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void storesAnswersVerbatimAndMovesTheVersionOn() {
        FeedbackTask task = newTask("order-" + UUID.randomUUID());
        repository().addIfAbsent(task, task.requestsOpened());
        FeedbackTask stored = repository().find(task.id()).orElseThrow();
        String comment = "<script>alert('x')</script> \"kiitos\" & näkemiin";

        FeedbackTask answered = stored.answer(listenerToken(stored), new FeedbackAnswer(5, comment, OPENED_AT));
        repository().update(answered);

        assertThat(repository().find(task.id())).contains(atVersion(answered, 2));
    }

    @Test
    void refusesAnUpdateOfAStaleVersion() {
        FeedbackTask task = newTask("order-" + UUID.randomUUID());
        repository().addIfAbsent(task, task.requestsOpened());
        FeedbackTask stored = repository().find(task.id()).orElseThrow();
        repository().update(stored.answer(listenerToken(stored), new FeedbackAnswer(4, "first", OPENED_AT)));

        FeedbackTask stale = stored.answer(listenerToken(stored), new FeedbackAnswer(1, "second", OPENED_AT));

        assertThatThrownBy(() -> repository().update(stale)).isInstanceOf(ConcurrentTaskUpdate.class);
        assertThat(repository().find(task.id()).orElseThrow().request(Respondent.LISTENER).orElseThrow().answers())
                .extracting(FeedbackAnswer::comment).containsExactly("first");
    }

    protected static FeedbackTask newTask(String orderId) {
        return FeedbackTask.open(SampleWork.lecture(orderId, "a-" + UUID.randomUUID()), OPENED_AT, Duration.ofDays(30),
                FeedbackTaskRepositoryContract::randomToken);
    }

    private static LinkToken listenerToken(FeedbackTask task) {
        return task.request(Respondent.LISTENER).orElseThrow().token();
    }

    private static FeedbackTask atVersion(FeedbackTask task, long version) {
        return new FeedbackTask(task.id(), task.work(), task.openedAt(), task.requests(), version);
    }

    private static LinkToken randomToken() {
        byte[] bytes = new byte[LinkToken.RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return LinkToken.fromRandomBytes(bytes);
    }
}
