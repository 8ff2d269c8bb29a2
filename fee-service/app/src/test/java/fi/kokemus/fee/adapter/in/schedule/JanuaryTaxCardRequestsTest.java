package fi.kokemus.fee.adapter.in.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JanuaryTaxCardRequestsTest {

    @ParameterizedTest(name = "at {0} the requests are for {1}")
    @CsvSource({
        // 00:30 on 1 January in Finland is still 31 December in UTC
        "2025-12-31T22:30:00Z, 2026",
        "2026-01-15T05:00:00Z, 2026",
    })
    void asksForTheFinnishCalendarYear(Instant now, int expectedYear) {
        List<Integer> years = new ArrayList<>();
        JanuaryTaxCardRequests job = new JanuaryTaxCardRequests(year -> {
            years.add(year);
            return 0;
        }, Clock.fixed(now, ZoneOffset.UTC));

        job.requestNewYearsTaxCards();

        assertThat(years).containsExactly(expectedYear);
    }
}
