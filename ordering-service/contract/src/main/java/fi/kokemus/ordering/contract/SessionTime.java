package fi.kokemus.ordering.contract;

import java.time.Instant;

/**
 * One planned occasion of an order: a one-off order has one, a series (group guidance, a client
 * process) has one per agreed session. The session id stays the same when the session is moved.
 */
public record SessionTime(String sessionId, Instant startsAt, int durationMinutes) {
}
