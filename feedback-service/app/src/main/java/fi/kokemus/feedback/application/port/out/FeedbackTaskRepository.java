package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.RequestsOpened;
import fi.kokemus.feedback.domain.TaskId;
import java.util.List;
import java.util.Optional;

/** Feedback tasks, one document each; an event a change emits is stored in the same write. */
public interface FeedbackTaskRepository {

    /** Stores a new task together with its opening event; @return false if the task already exists (nothing changes) */
    boolean addIfAbsent(FeedbackTask task, RequestsOpened opened);

    /** Stores the task's new answers if nobody changed it since it was read at {@code task.version()}. */
    void update(FeedbackTask task) throws ConcurrentTaskUpdate;

    Optional<FeedbackTask> find(TaskId id);

    List<FeedbackTask> findByOrder(String orderId);

    Optional<FeedbackTask> findByToken(LinkToken token);
}
