package fi.kokemus.ordering.contract;

import java.time.Instant;

/** An expert was assigned to an order, or accepted or declined it. */
public record AssignmentChanged(
        String orderId,
        String assignmentId,
        String expertId,
        String county,
        String unitId,
        Instant startsAt) {
}
