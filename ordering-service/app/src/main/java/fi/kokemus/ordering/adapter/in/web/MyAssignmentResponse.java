package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.Venue;
import java.time.Instant;

/** An offer as the expert sees it: the task, and where the offer stands. */
public record MyAssignmentResponse(
        String orderId,
        String assignmentId,
        AssignmentState state,
        String county,
        String taskType,
        String topic,
        Audience audience,
        Instant startsAt,
        int durationMinutes,
        String place,
        boolean remote,
        String language,
        String description,
        Integer occasions,
        Integer minutesWorked,
        String declineReason) {

    static MyAssignmentResponse of(AssignedOrder assigned) {
        OrderForm form = assigned.order().form();
        AssignmentResponse assignment = AssignmentResponse.of(assigned.order(), assigned.assignment());
        return new MyAssignmentResponse(assignment.orderId(), assignment.assignmentId(), assignment.state(),
                assigned.order().county(), form.taskType(), form.topic(), form.audience(), form.startsAt(),
                form.durationMinutes(), OrderResponse.placeOf(form.venue()), form.venue() instanceof Venue.Remote,
                form.language(), form.description(), assignment.occasions(), assignment.minutesWorked(),
                assignment.declineReason());
    }
}
