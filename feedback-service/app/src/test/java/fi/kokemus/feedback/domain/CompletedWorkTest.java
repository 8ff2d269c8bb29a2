package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompletedWorkTest {

    @Test
    void theTaskDateIsTheDateInFinland() {
        CompletedWork lateEvening = new CompletedWork("order-1", "a-1", "expert-aino", "expert.soite",
                "keski-pohjanmaa", "soite-mental-health-unit", "LECTURE_REGIONAL", null,
                Instant.parse("2026-03-10T22:30:00Z"));

        assertThat(lateEvening.taskDate()).isEqualTo(LocalDate.parse("2026-03-11"));
    }

    @Test
    void refusesWorkWithoutTheExpertsAccount() {
        assertThatThrownBy(() -> new CompletedWork("order-1", "a-1", "expert-aino", " ", "keski-pohjanmaa",
                "soite-mental-health-unit", "LECTURE_REGIONAL", null, Instant.now()))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("expertUsername"));
    }
}
