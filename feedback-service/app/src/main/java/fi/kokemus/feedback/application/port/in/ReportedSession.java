package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.SessionOutcomeKind;
import java.time.Instant;

/** One expert's report of how one session went. */
public record ReportedSession(String orderId, String county, String unitId, String sessionId, String assignmentId,
        String expertId, String expertUsername, String taskType, String audience, Instant startsAt,
        SessionOutcomeKind outcome) {
}
