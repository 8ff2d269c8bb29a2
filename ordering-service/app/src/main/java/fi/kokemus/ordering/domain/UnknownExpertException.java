package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** Ordering has not heard of the expert from the registry (or the registry erased them). */
public class UnknownExpertException extends DomainProblem {

    public UnknownExpertException(String expertId) {
        super(Kind.INVALID, "unknown-expert", "No expert " + expertId + " is known to ordering", "expertId");
    }
}
