package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** Only the expert an assignment was offered to may answer it or report its work. */
public class NotAssignedExpertException extends DomainProblem {

    public NotAssignedExpertException(AssignmentId assignmentId) {
        super(Kind.FORBIDDEN, "not-assigned-expert", "Assignment " + assignmentId + " was offered to another expert", null);
    }
}
