package fi.kokemus.fee.application.port.in;

import java.time.Instant;

/** A session as agreed: when it starts and how long it was planned to last. */
public record PlannedSession(String sessionId, Instant startsAt, int durationMinutes) {
}
