package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.problem.DomainProblem;

/** The task changed since it was read (someone else answered at the same moment). */
public class ConcurrentTaskUpdate extends DomainProblem {

    public ConcurrentTaskUpdate(TaskId id) {
        super(Kind.CONFLICT, "concurrent-update", "The feedback task " + id + " changed meanwhile; try again", null);
    }
}
