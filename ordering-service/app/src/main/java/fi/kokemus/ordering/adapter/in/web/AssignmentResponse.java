package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.Order;

/** One offer of an order to an expert; work fields are {@code null} until reported. */
public record AssignmentResponse(
        String orderId,
        String assignmentId,
        String expertId,
        String expertUsername,
        AssignmentState state,
        Integer occasions,
        Integer minutesWorked,
        String declineReason,
        String approvedBy) {

    static AssignmentResponse of(Order order, Assignment assignment) {
        boolean reported = assignment.work() != null;
        return new AssignmentResponse(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                assignment.expertUsername(), assignment.state(),
                reported ? assignment.work().occasions() : null,
                reported ? assignment.work().minutesWorked() : null,
                assignment.declineReason(), assignment.approvedBy());
    }
}
