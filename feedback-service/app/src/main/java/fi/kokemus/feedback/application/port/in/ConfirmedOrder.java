package fi.kokemus.feedback.application.port.in;

import java.time.Instant;
import java.util.List;

/** An order whose experts have all accepted: every expert takes part in every session. */
public record ConfirmedOrder(String orderId, String county, String unitId, List<Participant> experts,
        List<PlannedSession> sessions) {

    public ConfirmedOrder {
        experts = List.copyOf(experts);
        sessions = List.copyOf(sessions);
    }

    public record Participant(String assignmentId, String expertId, String expertUsername) {
    }

    public record PlannedSession(String sessionId, Instant startsAt) {
    }
}
