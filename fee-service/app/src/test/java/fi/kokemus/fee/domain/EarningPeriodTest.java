package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarningPeriodTest {

    @ParameterizedTest(name = "[{0} .. {1}] contains {2}: {3}")
    @CsvSource({
        "2025-06-01, 2025-06-30, 2025-06-01, true",
        "2025-06-01, 2025-06-30, 2025-06-30, true",
        "2025-06-01, 2025-06-30, 2025-07-01, false",
        "2025-06-01, 2025-06-30, 2025-05-31, false",
        "          , 2025-06-30, 2001-01-01, true",
        "2025-06-01,           , 2099-01-01, true",
    })
    void includesBothBounds(LocalDate from, LocalDate to, LocalDate day, boolean contained) {
        assertThat(new EarningPeriod(from, to).contains(day)).isEqualTo(contained);
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new EarningPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.code()).isEqualTo("invalid-period");
                });
    }
}
