package fi.kokemus.ordering.contract;

import java.time.Instant;

/** The unit returned a session's work report to the expert to be corrected (the comment stays in ordering). */
public record WorkReturned(
        String orderId,
        String assignmentId,
        String sessionId,
        String expertId,
        String county,
        String returnedBy,
        Instant returnedAt) {
}
