package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.SessionId;
import java.util.Objects;

/** One expert's work in one session of an order. */
public record SessionWorkRef(OrderId orderId, AssignmentId assignmentId, SessionId sessionId) {

    public SessionWorkRef {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
