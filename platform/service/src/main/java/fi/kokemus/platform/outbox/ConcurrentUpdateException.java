package fi.kokemus.platform.outbox;

import fi.kokemus.platform.problem.DomainProblem;

/** Someone else changed the aggregate since it was read; the caller should reload and retry. */
public class ConcurrentUpdateException extends DomainProblem {

    public ConcurrentUpdateException(Object id) {
        super(Kind.CONFLICT, "concurrent-update",
                "The record " + id + " was changed by someone else; reload and try again", null);
    }
}
