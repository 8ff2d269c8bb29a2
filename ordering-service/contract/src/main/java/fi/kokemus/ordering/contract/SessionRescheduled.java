package fi.kokemus.ordering.contract;

import java.time.Instant;
import java.util.List;

/**
 * A session was moved to a new time by agreement; it is still one session (paid once, at its new time).
 *
 * @param experts the experts who had accepted the order
 */
public record SessionRescheduled(
        String orderId,
        String county,
        String unitId,
        String sessionId,
        Instant previousStartsAt,
        Instant startsAt,
        int durationMinutes,
        String agreedBy,
        Instant rescheduledAt,
        List<ExpertRef> experts) {
}
