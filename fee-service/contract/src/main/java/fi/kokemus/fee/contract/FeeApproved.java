package fi.kokemus.fee.contract;

import java.time.LocalDate;

/**
 * A fee line was approved for payment. Money is in euro cents.
 *
 * @param tariffRule which tariff row priced it, e.g. {@code keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01}
 */
public record FeeApproved(
        String feeLineId,
        String expertId,
        String county,
        String unitId,
        String costCentre,
        String orderId,
        String assignmentId,
        String taskType,
        LocalDate earningDate,
        int occasions,
        long grossCents,
        String currency,
        String tariffRule) {
}
