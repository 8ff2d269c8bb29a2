package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancellationDeadlineTest {

    private static final CancellationDeadline ITA_UUSIMAA = PublishedCountyRules.DAY_BEFORE_AT_15;

    @ParameterizedTest(name = "session {0}, cancelled {1}: late = {2}")
    @CsvSource({
        // winter time (UTC+2): 15:00 on 14 January is 13:00 UTC
        "2025-01-15T08:00:00Z, 2025-01-14T12:59:59Z, false",
        "2025-01-15T08:00:00Z, 2025-01-14T13:00:00Z, false",
        "2025-01-15T08:00:00Z, 2025-01-14T13:00:01Z, true",
        "2025-01-15T08:00:00Z, 2025-01-15T07:00:00Z, true",
        // summer time (UTC+3): 15:00 on 16 June is 12:00 UTC
        "2025-06-17T07:00:00Z, 2025-06-16T11:59:59Z, false",
        "2025-06-17T07:00:00Z, 2025-06-16T12:00:01Z, true",
        "2025-06-17T07:00:00Z, 2025-06-16T12:30:00Z, true",
        // clocks went forward on Sunday 30 March 2025: the deadline that day is already summer time
        "2025-03-31T07:00:00Z, 2025-03-30T11:59:59Z, false",
        "2025-03-31T07:00:00Z, 2025-03-30T12:30:00Z, true",
        // clocks went back on Sunday 26 October 2025: the deadline that day is winter time again
        "2025-10-27T07:00:00Z, 2025-10-26T12:30:00Z, false",
        "2025-10-27T07:00:00Z, 2025-10-26T13:00:01Z, true",
        // a session just after midnight Finnish time is on the next Finnish day, whatever UTC says
        "2025-06-16T21:30:00Z, 2025-06-16T11:59:59Z, false",
        "2025-06-16T21:30:00Z, 2025-06-16T12:00:01Z, true",
        // cancelled days ahead
        "2025-06-17T07:00:00Z, 2025-06-01T09:00:00Z, false",
    })
    void theAgreedFeeIsDueAfter15OnThePreviousFinnishDay(Instant startsAt, Instant cancelledAt, boolean late) {
        assertThat(ITA_UUSIMAA.isMissedBy(cancelledAt, startsAt)).isEqualTo(late);
    }

    @ParameterizedTest(name = "session {0}: deadline {1}")
    @CsvSource({
        "2025-01-15T08:00:00Z, 2025-01-14T13:00:00Z",
        "2025-03-31T07:00:00Z, 2025-03-30T12:00:00Z",
        "2025-10-27T07:00:00Z, 2025-10-26T13:00:00Z",
        "2026-03-30T07:00:00Z, 2026-03-29T12:00:00Z",
    })
    void theDeadlineIsFinnishLocalTime(Instant startsAt, Instant deadline) {
        assertThat(ITA_UUSIMAA.forSessionAt(startsAt)).isEqualTo(deadline);
    }
}
