package fi.kokemus.fee.application.port.in;

import java.time.Instant;

/** Ordering's approval of an assignment's work, as fee-service needs it. */
public record PriceApprovedWorkCommand(
        String orderId,
        String assignmentId,
        String expertId,
        String county,
        String unitId,
        String costCentre,
        String taskType,
        Instant startsAt,
        int occasions,
        int minutesWorked) {
}
