package fi.kokemus.ordering.contract;

import java.time.Instant;

/** The expert reported one session's work; the unit still has to approve it. */
public record WorkReported(
        String orderId,
        String assignmentId,
        String sessionId,
        String expertId,
        String county,
        Instant startsAt,
        String outcome,
        int participants,
        int occasions,
        int minutesWorked) {
}
