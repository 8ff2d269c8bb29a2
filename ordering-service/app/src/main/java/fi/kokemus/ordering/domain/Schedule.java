package fi.kokemus.ordering.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** When the work happens: once, a series at a steady frequency, or a series at given times. */
public sealed interface Schedule {

    /** Every county rule about days and times is in Finnish local time. */
    ZoneId LOCAL_TIME = ZoneId.of("Europe/Helsinki");
    int MAX_SESSIONS = 52;

    /** Start times, kept to the millisecond (the precision the database stores). */
    List<Instant> starts();

    int durationMinutes();

    default List<Session> plan() {
        return starts().stream()
                .map(start -> Session.planned(start.truncatedTo(ChronoUnit.MILLIS), durationMinutes()))
                .sorted(Comparator.comparing(Session::startsAt))
                .toList();
    }

    record OneOff(Instant startsAt, int durationMinutes) implements Schedule {
        public OneOff {
            Checks.required(startsAt, "startsAt");
        }

        @Override
        public List<Instant> starts() {
            return List.of(startsAt);
        }
    }

    /** {@code sessions} sessions from {@code firstStartsAt}, at the same local time of day (DST-correct). */
    record Recurring(Instant firstStartsAt, int durationMinutes, int sessions, Frequency frequency) implements Schedule {
        public Recurring {
            Checks.required(firstStartsAt, "firstStartsAt");
            Checks.required(frequency, "frequency");
            Checks.between(sessions, 1, MAX_SESSIONS, "sessions");
        }

        @Override
        public List<Instant> starts() {
            ZonedDateTime first = firstStartsAt.atZone(LOCAL_TIME);
            return IntStream.range(0, sessions).mapToObj(n -> frequency.nth(first, n).toInstant()).toList();
        }
    }

    record Explicit(List<Instant> startTimes, int durationMinutes) implements Schedule {
        public Explicit {
            Checks.required(startTimes, "sessions");
            Checks.between(startTimes.size(), 1, MAX_SESSIONS, "sessions");
            startTimes = List.copyOf(startTimes);
        }

        @Override
        public List<Instant> starts() {
            return startTimes;
        }
    }

    enum Frequency {
        WEEKLY, EVERY_TWO_WEEKS, MONTHLY;

        ZonedDateTime nth(ZonedDateTime first, int n) {
            return switch (this) {
                case WEEKLY -> first.plusWeeks(n);
                case EVERY_TWO_WEEKS -> first.plusWeeks(2L * n);
                case MONTHLY -> first.plusMonths(n);
            };
        }
    }
}
