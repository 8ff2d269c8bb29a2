package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.AnswerRecorded;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.RequestsOpened;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.domain.TokenHash;
import java.util.List;
import java.util.Optional;

/** Feedback tasks, one document each; an event a change emits is stored in the same write. */
public interface FeedbackTaskRepository {

    /** Stores a new task with its opening event, if any; @return false if the task already exists (nothing changes) */
    boolean addIfAbsent(FeedbackTask task, Optional<RequestsOpened> opened);

    /** Stores the task's changes if nobody changed it since it was read at {@code task.version()}. */
    void update(FeedbackTask task, Optional<RequestsOpened> opened) throws ConcurrentTaskUpdate;

    /** Stores the answered task with the events the answer emits, under the same version check as {@link #update}. */
    void recordAnswer(AnswerRecorded recorded) throws ConcurrentTaskUpdate;

    Optional<FeedbackTask> find(TaskId id);

    List<FeedbackTask> findByOrder(String orderId);

    Optional<FeedbackTask> findByTokenHash(TokenHash tokenHash);
}
