package fi.kokemus.feedback.followup;

import static fi.kokemus.feedback.followup.FollowUpYear.BERTTA;
import static fi.kokemus.feedback.followup.FollowUpYear.DORIS;
import static fi.kokemus.feedback.followup.FollowUpYear.SOITE;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.application.port.in.followup.FollowUpQuery;
import fi.kokemus.feedback.domain.followup.ExpertCoverage;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import fi.kokemus.feedback.domain.followup.TaskCounts.Count;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every figure of Soite's 2026 follow-up, from a known year of events run through the real consumers. */
class FollowUpReportFixtureTest {

    private static FollowUpWiring wiring;

    @BeforeAll
    static void playTheYear() {
        wiring = new FollowUpWiring(3);
        new FollowUpYear(wiring).play();
    }

    @AfterAll
    static void disconnect() {
        wiring.close();
    }

    @Test
    void countsEveryFigureOfTheYearExactly() {
        assertThat(wiring.reports.report(FollowUpFixtures.COORDINATOR,
                new FollowUpQuery(SOITE, FollowUpFixtures.YEAR_2026))).isEqualTo(FollowUpFixtures.EXPECTED);
    }

    @Test
    void aShorterPeriodCountsOnlyItsOwnDays() {
        FollowUpReport april = wiring.reports.report(FollowUpFixtures.COORDINATOR, new FollowUpQuery(null,
                new ReportPeriod(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"))));

        assertThat(april.tasks().reported()).isEqualTo(2);
        assertThat(april.tasks().byMode()).containsExactly(new Count("REMOTE", 2));
        assertThat(april.fees().earned().grossCents()).isEqualTo(3000);
        assertThat(april.fees().earned().lines()).isEqualTo(3);
        assertThat(april.fees().paidOut().payoutCents()).isEqualTo(9000);
        assertThat(april.experts().withoutTasks()).extracting(ExpertCoverage.IdleExpert::expertId)
                .containsExactly(FollowUpYear.AINO, BERTTA, DORIS);
    }
}
