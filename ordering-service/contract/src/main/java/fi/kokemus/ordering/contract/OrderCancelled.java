package fi.kokemus.ordering.contract;

import java.time.Instant;
import java.util.List;

/**
 * The ordering unit cancelled the order. Ordering records the facts; fee-service decides from the
 * exact cancellation time and each session's start whether the agreed fee is still paid.
 *
 * @param sessions the sessions the cancellation ends (those not yet held)
 * @param experts  the experts who had accepted the order when it was cancelled
 */
public record OrderCancelled(
        String orderId,
        String county,
        String unitId,
        String costCentre,
        String role,
        String taskType,
        String eventScope,
        boolean preparationExpected,
        String cancelledBy,
        Instant cancelledAt,
        String reason,
        List<SessionTime> sessions,
        List<ExpertRef> experts) {
}
