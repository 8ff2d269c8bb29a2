package fi.kokemus.ordering.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One expert's work in one session, from report to approval.
 *
 * @param comment the unit's comment when it returned the report, or {@code null}
 * @param decidedBy who approved or returned it, or {@code null} while {@link State#REPORTED}
 */
public record SessionWork(SessionId sessionId, State state, WorkReport report, Instant reportedAt, String comment,
        String decidedBy, Instant decidedAt) {

    /** REPORTED → APPROVED (final) or RETURNED → (corrected) REPORTED. */
    public enum State { REPORTED, RETURNED, APPROVED }

    public SessionWork {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    static SessionWork reported(SessionId sessionId, WorkReport report, Instant at) {
        return new SessionWork(sessionId, State.REPORTED, report, at, null, null, null);
    }

    SessionWork approved(String by, Instant at) {
        return new SessionWork(sessionId, State.APPROVED, report, reportedAt, comment, by, at);
    }

    SessionWork returned(String by, String why, Instant at) {
        return new SessionWork(sessionId, State.RETURNED, report, reportedAt, why, by, at);
    }
}
