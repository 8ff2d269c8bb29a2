package fi.kokemus.fee.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as Finnish payroll counts them: the local date in Finland, daylight saving included. */
public final class FinnishCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private FinnishCalendar() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
