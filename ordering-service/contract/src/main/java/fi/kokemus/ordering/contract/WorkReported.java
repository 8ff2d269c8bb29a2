package fi.kokemus.ordering.contract;

import java.time.Instant;

/** The expert reported the work done; the unit still has to approve it. */
public record WorkReported(
        String orderId,
        String assignmentId,
        String expertId,
        String county,
        Instant startsAt,
        int occasions,
        int minutesWorked) {
}
