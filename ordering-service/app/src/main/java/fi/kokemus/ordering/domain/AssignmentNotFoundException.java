package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;

public class AssignmentNotFoundException extends DomainProblem {

    public AssignmentNotFoundException(OrderId orderId, AssignmentId assignmentId) {
        super(Kind.NOT_FOUND, "assignment-not-found",
                "Order " + orderId + " has no assignment " + assignmentId, null);
    }
}
