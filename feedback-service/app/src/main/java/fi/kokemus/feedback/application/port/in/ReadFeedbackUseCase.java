package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;

/** What the feedback on tasks says, for the expert, the ordering unit and the county's coordinators. */
public interface ReadFeedbackUseCase {

    /** Refused unless the actor is the task's expert, an orderer of its unit or a coordinator of its county. */
    TaskFeedbackView taskFeedback(Actor actor, TaskId taskId);

    /** The signed-in expert's own tasks, newest first; {@code page} from 0, {@code size} 1 to {@value #MAX_PAGE_SIZE}. */
    ExpertFeedbackPage ownFeedback(Actor actor, int page, int size);

    int MAX_PAGE_SIZE = 50;
}
