package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** The order or assignment is not in a state that allows the requested step. */
public class IllegalTransitionException extends DomainProblem {

    public IllegalTransitionException(String detail) {
        super(Kind.CONFLICT, "illegal-transition", detail, null);
    }

    static IllegalTransitionException of(Assignment assignment, AssignmentState next) {
        return new IllegalTransitionException("Assignment " + assignment.id() + " is " + assignment.state()
                + " and cannot become " + next);
    }
}
