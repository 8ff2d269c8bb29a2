package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;
import java.util.Map;

/** The ordering unit (or the county's coordinator) tells how a task's feedback was used. */
public interface RecordFollowUpUseCase {

    /** Replaces the task's note with {@code texts} (language code → text); @return the note as stored and shown */
    FollowUpNote record(Actor actor, TaskId taskId, Map<String, String> texts);
}
