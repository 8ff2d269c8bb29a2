package fi.kokemus.ordering.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One agreed occasion of an order. It keeps its id when moved.
 *
 * @param status {@link Status#PLANNED} until the order is cancelled before it ({@link Status#CANCELLED})
 *               or its group is ended early ({@link Status#DROPPED})
 */
public record Session(SessionId id, Instant startsAt, int durationMinutes, Status status) {

    public enum Status { PLANNED, CANCELLED, DROPPED }

    public static final int MIN_DURATION_MINUTES = 15;
    public static final int MAX_DURATION_MINUTES = 1440;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(status, "status");
        Checks.between(durationMinutes, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES, "durationMinutes");
    }

    static Session planned(Instant startsAt, int durationMinutes) {
        return new Session(SessionId.newId(), startsAt, durationMinutes, Status.PLANNED);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /** The day of the session in the counties' local time, which contracts and unavailability use. */
    public LocalDate localDate() {
        return startsAt.atZone(Schedule.LOCAL_TIME).toLocalDate();
    }

    public boolean isPlanned() {
        return status == Status.PLANNED;
    }

    /** Planned and not yet begun at {@code now}: cancellations and moves act on these. */
    public boolean isAhead(Instant now) {
        return isPlanned() && startsAt.isAfter(now);
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt());
    }

    Session movedTo(Instant newStart, int newDuration) {
        return new Session(id, newStart, newDuration, status);
    }

    Session withStatus(Status next) {
        return new Session(id, startsAt, durationMinutes, next);
    }
}
