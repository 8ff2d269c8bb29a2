package fi.kokemus.ordering.contract;

import java.time.Instant;

/**
 * What happened at one session, as the expert reported it: the task is done for feedback's purposes.
 *
 * @param outcome      {@code HELD}, {@code NO_PARTICIPANTS} (an agreed group session nobody came to) or
 *                     {@code CLIENT_NO_SHOW}
 * @param participants how many took part (0 unless {@code HELD})
 */
public record SessionOutcome(
        String orderId,
        String county,
        String unitId,
        String sessionId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String taskType,
        String audience,
        String mode,
        Instant startsAt,
        String outcome,
        int participants) {
}
