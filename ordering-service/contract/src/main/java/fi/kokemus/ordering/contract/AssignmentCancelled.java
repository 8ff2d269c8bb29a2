package fi.kokemus.ordering.contract;

import java.time.Instant;
import java.util.List;

/**
 * An expert withdrew from an accepted order (e.g. fell ill); the order looks for a replacement.
 *
 * @param cause    {@code ILLNESS} or {@code OTHER}
 * @param sessions the sessions the expert will not do
 */
public record AssignmentCancelled(
        String orderId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        String cause,
        String cancelledBy,
        Instant cancelledAt,
        List<SessionTime> sessions) {
}
