package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.TaskId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The current follow-up note of each task that has one. */
public interface FollowUpNotes {

    /** Stores {@code note} in place of the task's earlier note, if any. */
    void save(FollowUpNote note);

    Optional<FollowUpNote> find(TaskId taskId);

    /** The notes of those of {@code taskIds} that have one. */
    Map<TaskId, FollowUpNote> findAll(Collection<TaskId> taskIds);
}
