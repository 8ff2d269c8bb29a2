package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import fi.kokemus.feedback.application.port.out.ExpertTaskErasures;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.ReminderCandidates;
import fi.kokemus.feedback.domain.AnswerRecorded;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.ReminderPolicy;
import fi.kokemus.feedback.domain.RequestsOpened;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.domain.TokenHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The repository's behaviour in memory, with the events it would have put in the outbox. */
public class InMemoryFeedbackTaskRepository implements FeedbackTaskRepository, ExpertTaskErasures,
        ReminderCandidates {

    private final Map<String, FeedbackTask> tasks = new TreeMap<>();
    private final List<RequestsOpened> published = new ArrayList<>();
    private final List<AnswerRecorded> answersRecorded = new ArrayList<>();

    @Override
    public synchronized boolean addIfAbsent(FeedbackTask task, Optional<RequestsOpened> opened) {
        if (tasks.containsKey(task.id().value())) {
            return false;
        }
        tasks.put(task.id().value(), atVersion(task, 1));
        opened.ifPresent(published::add);
        return true;
    }

    @Override
    public synchronized void update(FeedbackTask task, Optional<RequestsOpened> opened) {
        FeedbackTask stored = tasks.get(task.id().value());
        if (stored == null || stored.version() != task.version()) {
            throw new ConcurrentTaskUpdate(task.id());
        }
        tasks.put(task.id().value(), atVersion(task, task.version() + 1));
        opened.ifPresent(published::add);
    }

    @Override
    public synchronized void recordAnswer(AnswerRecorded recorded) {
        update(recorded.task(), Optional.empty());
        answersRecorded.add(recorded);
    }

    @Override
    public synchronized Optional<FeedbackTask> find(TaskId id) {
        return Optional.ofNullable(tasks.get(id.value()));
    }

    @Override
    public synchronized List<FeedbackTask> findByOrder(String orderId) {
        return tasks.values().stream().filter(task -> task.work().orderId().equals(orderId)).toList();
    }

    @Override
    public synchronized Optional<FeedbackTask> findByTokenHash(TokenHash tokenHash) {
        return tasks.values().stream().filter(task -> task.requestWithToken(tokenHash).isPresent()).findFirst();
    }

    /** Every stored task, in id order: what other fakes over the same store read from. */
    public synchronized List<FeedbackTask> all() {
        return List.copyOf(tasks.values());
    }

    @Override
    public synchronized List<FeedbackTask> findByExpert(String expertId) {
        return tasks.values().stream().filter(task -> task.work().expertId().equals(expertId)).toList();
    }

    @Override
    public synchronized void replaceErased(FeedbackTask erased) {
        update(erased, Optional.empty());
    }

    @Override
    public synchronized List<FeedbackTask> withOpenPersonalRequests(Instant now) {
        return tasks.values().stream().filter(task -> task.requests().stream().anyMatch(request ->
                ReminderPolicy.REMINDED.contains(request.respondent()) && !request.closed()
                        && request.answers().isEmpty() && now.isBefore(request.expiresAt()))).toList();
    }

    public synchronized List<RequestsOpened> published() {
        return List.copyOf(published);
    }

    /** The answers recorded, each with the events it would have put in the outbox. */
    public synchronized List<AnswerRecorded> answersRecorded() {
        return List.copyOf(answersRecorded);
    }

    private static FeedbackTask atVersion(FeedbackTask task, long version) {
        return new FeedbackTask(task.id(), task.work(), task.openedAt(), task.requests(), version);
    }
}
