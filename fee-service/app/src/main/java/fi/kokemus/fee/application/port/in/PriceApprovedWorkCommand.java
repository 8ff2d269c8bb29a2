package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.TravelClaim;
import java.time.Instant;

/**
 * Ordering's approval of one session's work by one expert, as fee-service needs it.
 *
 * @param role            the role ordered, {@code PEER_SUPPORTER} earns no fee
 * @param outcome         {@code HELD}, {@code NO_PARTICIPANTS} or {@code CLIENT_NO_SHOW}
 * @param reducedFeeCents a lower fee the expert asked for, or {@code null}
 */
public record PriceApprovedWorkCommand(
        String orderId,
        String assignmentId,
        String sessionId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        String costCentre,
        String role,
        String taskType,
        Instant startsAt,
        String outcome,
        int occasions,
        int minutesWorked,
        boolean feeWaived,
        Long reducedFeeCents,
        TravelClaim travel) {
}
