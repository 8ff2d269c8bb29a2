package fi.kokemus.fee.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The last moment an orderer may cancel a session without paying the agreed fee: {@code time}
 * (Finnish local time, daylight saving included) {@code daysBefore} days before the session's date.
 * Cancelling exactly at the deadline is still in time.
 */
public record CancellationDeadline(int daysBefore, LocalTime time) {

    public CancellationDeadline {
        Objects.requireNonNull(time, "time");
        if (daysBefore < 0) {
            throw new IllegalArgumentException("A deadline cannot be after the session's day");
        }
    }

    public Instant forSessionAt(Instant startsAt) {
        return FinnishCalendar.dateOf(startsAt).minusDays(daysBefore).atTime(time)
                .atZone(FinnishCalendar.ZONE).toInstant();
    }

    public boolean isMissedBy(Instant cancelledAt, Instant sessionStartsAt) {
        return cancelledAt.isAfter(forSessionAt(sessionStartsAt));
    }
}
