package fi.kokemus.platform.outbox;

import fi.kokemus.platform.problem.DomainProblem;

/** An aggregate with this id exists already; for an idempotent consumer it means "already done". */
public class DuplicateAggregateException extends DomainProblem {

    public DuplicateAggregateException(Object id) {
        super(Kind.CONFLICT, "already-exists", "The record " + id + " already exists", null);
    }
}
