package fi.kokemus.ordering.domain;

import java.time.Instant;
import java.util.List;

/** What happened to an order; each becomes one published event, written together with the change. */
public sealed interface OrderEvent {

    record Placed() implements OrderEvent {
    }

    record CandidatesProposed(List<String> expertIds, String by, Instant at) implements OrderEvent {
    }

    record CandidateChosen(String expertId, String by, Instant at) implements OrderEvent {
    }

    record ExpertOffered(AssignmentId assignmentId) implements OrderEvent {
    }

    record OfferAccepted(AssignmentId assignmentId) implements OrderEvent {
    }

    record OfferDeclined(AssignmentId assignmentId) implements OrderEvent {
    }

    record Confirmed(Instant at) implements OrderEvent {
    }

    record SessionRescheduled(SessionId sessionId, Instant previousStartsAt, String agreedBy, Instant at)
            implements OrderEvent {
    }

    /** @param sessions the sessions the cancellation ended */
    record OrderCancelled(String by, String reason, Instant at, List<Session> sessions) implements OrderEvent {
    }

    /** @param sessions the sessions the expert will not do */
    record AssignmentCancelled(AssignmentId assignmentId, String by, Instant at, List<Session> sessions)
            implements OrderEvent {
    }

    /** @param sessions the sessions dropped */
    record GroupEndedEarly(EarlyEndReason reason, String by, Instant at, List<Session> sessions) implements OrderEvent {
    }

    /** The first report of a session: the outcome feedback follows. */
    record SessionOutcomeReported(AssignmentId assignmentId, SessionId sessionId) implements OrderEvent {
    }

    record WorkReported(AssignmentId assignmentId, SessionId sessionId) implements OrderEvent {
    }

    record WorkReturned(AssignmentId assignmentId, SessionId sessionId) implements OrderEvent {
    }

    record WorkApproved(AssignmentId assignmentId, SessionId sessionId) implements OrderEvent {
    }
}
