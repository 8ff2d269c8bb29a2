package fi.kokemus.feedback.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void coversItsFinnishDaysBothEndsIncluded() {
        ReportPeriod summer = new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));

        assertThat(summer.starts()).isEqualTo(Instant.parse("2026-05-31T21:00:00Z"));
        assertThat(summer.ends()).isEqualTo(Instant.parse("2026-06-30T21:00:00Z"));
        assertThat(summer.contains(LocalDate.parse("2026-06-01"))).isTrue();
        assertThat(summer.contains(LocalDate.parse("2026-06-30"))).isTrue();
        assertThat(summer.contains(LocalDate.parse("2026-07-01"))).isFalse();
        assertThat(summer.overlaps(LocalDate.parse("2026-06-30"), null)).isTrue();
        assertThat(summer.overlaps(null, LocalDate.parse("2026-05-31"))).isFalse();
    }

    @Test
    void aPeriodMayEndOnItsFirstDayButNotBeforeIt() {
        assertThat(new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01")).contains(
                LocalDate.parse("2026-06-01"))).isTrue();
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-01")))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("invalid-period");
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                });
    }

    @Test
    void coversAtMostFiveYears() {
        assertThat(new ReportPeriod(LocalDate.parse("2021-01-01"), LocalDate.parse("2025-12-31")).to())
                .isEqualTo(LocalDate.parse("2025-12-31"));
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.parse("2021-01-01"), LocalDate.parse("2026-01-01")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("period-too-long"));
    }
}
