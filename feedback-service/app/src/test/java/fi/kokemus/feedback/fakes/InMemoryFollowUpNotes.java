package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.TaskId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryFollowUpNotes implements FollowUpNotes {

    private final Map<TaskId, FollowUpNote> notes = new HashMap<>();

    @Override
    public synchronized void save(FollowUpNote note) {
        notes.put(note.taskId(), note);
    }

    @Override
    public synchronized Optional<FollowUpNote> find(TaskId taskId) {
        return Optional.ofNullable(notes.get(taskId));
    }

    @Override
    public synchronized Map<TaskId, FollowUpNote> findAll(Collection<TaskId> taskIds) {
        Map<TaskId, FollowUpNote> found = new HashMap<>();
        taskIds.stream().filter(notes::containsKey).forEach(id -> found.put(id, notes.get(id)));
        return found;
    }
}
