package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.OrderId;
import java.util.Objects;

/** Names the assignment a step without further input (accept, approve) acts on. */
public record AssignmentCommand(OrderId orderId, AssignmentId assignmentId) {

    public AssignmentCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(assignmentId, "assignmentId");
    }
}
