package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.OrderId;
import java.util.Objects;

/** @param reason the expert's optional reason, or {@code null} */
public record DeclineAssignmentCommand(OrderId orderId, AssignmentId assignmentId, String reason) {

    public DeclineAssignmentCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(assignmentId, "assignmentId");
    }
}
