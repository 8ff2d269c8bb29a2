package fi.kokemus.feedback.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertCoverageTest {

    private static final String SOITE = "keski-pohjanmaa";
    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-12-31"));

    @Test
    void theCountysExpertsAreThoseLivingThereOrUnderContractDuringThePeriod() {
        CountyExpert living = expert("living", SOITE, List.of());
        CountyExpert contracted = expert("contracted", "ita-uusimaa", List.of(
                new CountyExpert.Contract(SOITE, LocalDate.parse("2026-12-31"), null)));
        CountyExpert contractEnded = expert("ended", "ita-uusimaa", List.of(
                new CountyExpert.Contract(SOITE, LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31"))));
        CountyExpert elsewhere = expert("elsewhere", "ita-uusimaa", List.of(
                new CountyExpert.Contract("pohjois-pohjanmaa", LocalDate.parse("2026-01-01"), null)));

        ExpertCoverage coverage = ExpertCoverage.of(SOITE, YEAR, List.of(living, contracted, contractEnded, elsewhere),
                List.of());

        assertThat(coverage.serving()).isEqualTo(2);
        assertThat(coverage.withoutTasks()).extracting(ExpertCoverage.IdleExpert::expertId)
                .containsExactly("contracted", "living");
    }

    @Test
    void onlyAReportedTaskKeepsAnExpertOffTheList() {
        CountyExpert cancelledOnly = expert("cancelled-only", SOITE, List.of());
        CountyExpert working = expert("working", SOITE, List.of());

        ExpertCoverage coverage = ExpertCoverage.of(SOITE, YEAR, List.of(cancelledOnly, working), List.of(
                task("cancelled-only", TaskStatus.CANCELLED), task("working", TaskStatus.CLIENT_NO_SHOW)));

        assertThat(coverage.withoutTasks()).extracting(ExpertCoverage.IdleExpert::expertId)
                .containsExactly("cancelled-only");
    }

    private static CountyExpert expert(String id, String home, List<CountyExpert.Contract> contracts) {
        return new CountyExpert(id, "Aino T.", "ngo-keski", home, contracts, true);
    }

    private static FollowUpTask task(String expertId, TaskStatus status) {
        return new FollowUpTask(expertId + "/s-1", SOITE, expertId, "LECTURE_REGIONAL", null, null,
                LocalDate.parse("2026-05-05"), status, 0);
    }
}
