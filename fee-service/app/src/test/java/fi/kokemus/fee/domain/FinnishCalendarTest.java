package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishCalendarTest {

    @ParameterizedTest(name = "{0} is {1} in Finland")
    @CsvSource({
        // winter time, UTC+2
        "2025-01-15T21:59:59Z, 2025-01-15",
        "2025-01-15T22:00:00Z, 2025-01-16",
        // summer time, UTC+3, from 30 March 2025
        "2025-03-30T20:59:59Z, 2025-03-30",
        "2025-03-30T21:00:00Z, 2025-03-31",
        // back to winter time on 26 October 2025
        "2025-10-26T21:59:59Z, 2025-10-26",
        "2025-10-26T22:00:00Z, 2025-10-27",
        // a New Year's Eve evening counts in the old year
        "2025-12-31T21:30:00Z, 2025-12-31",
    })
    void datesWorkByTheFinnishLocalDate(Instant startsAt, LocalDate expected) {
        assertThat(FinnishCalendar.dateOf(startsAt)).isEqualTo(expected);
    }
}
