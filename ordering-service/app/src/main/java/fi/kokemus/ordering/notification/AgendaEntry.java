package fi.kokemus.ordering.notification;

import java.time.Instant;

/**
 * One session of one expert's assignment: what the expert's calendar and reminders show.
 *
 * @param everAccepted the expert had accepted it, so a cancellation is news for the calendar
 * @param sequence     bumped at each reschedule (iCalendar {@code SEQUENCE})
 */
public record AgendaEntry(
        String assignmentId,
        String sessionId,
        String expertUsername,
        String orderId,
        String county,
        String taskType,
        boolean remote,
        Instant startsAt,
        int durationMinutes,
        AgendaStatus status,
        boolean everAccepted,
        int sequence) {

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }
}
