package fi.kokemus.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.domain.AcceptedAssignment;
import fi.kokemus.registry.domain.WorkloadWindow;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryWorkloads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DecayWorkloadsServiceTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final String AINO = "7b1f9a52-4c1e-4d7a-9d0e-0a5b7c2e9f10";
    private static final String OLLI = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

    private final InMemoryWorkloads workloads = new InMemoryWorkloads();

    @Test
    void assignmentsThatFellOutOfTheWindowStopCounting() {
        WorkloadWindow window = new WorkloadWindow(Duration.ofDays(180));
        workloads.registerExpert(AINO);
        workloads.registerExpert(OLLI);
        record(window, AINO, "A-june", "2026-06-01T09:00:00Z");
        record(window, AINO, "A-december", "2026-12-10T09:00:00Z");
        record(window, OLLI, "O-november", "2026-11-02T09:00:00Z");

        int changed = decayAt(window, "2026-12-01T02:30:00Z");

        assertThat(changed).isEqualTo(1);
        assertThat(workloads.assignmentIds(AINO)).containsExactly("A-december");
        assertThat(workloads.recentCount(AINO)).isEqualTo(1);
        assertThat(workloads.recentCount(OLLI)).isEqualTo(1);
    }

    @Test
    void theWindowDecidesWhatStillCounts() {
        WorkloadWindow month = new WorkloadWindow(Duration.ofDays(30));
        workloads.registerExpert(AINO);
        record(month, AINO, "A-1", "2026-11-01T09:00:00Z");

        assertThat(decayAt(month, "2026-12-01T08:59:59Z")).isZero();
        assertThat(workloads.recentCount(AINO)).isEqualTo(1);
        assertThat(decayAt(month, "2026-12-01T09:00:01Z")).isEqualTo(1);
        assertThat(workloads.recentCount(AINO)).isZero();
    }

    private void record(WorkloadWindow window, String expertId, String assignmentId, String startsAt) {
        new RecordAssignmentService(workloads, new InMemoryContactDisclosures(), window,
                Clock.fixed(RECORDED_AT, ZoneOffset.UTC))
                .recordAccepted(new AcceptedAssignment(expertId, assignmentId, "soite-mental-health-unit",
                        Instant.parse(startsAt)));
    }

    private int decayAt(WorkloadWindow window, String now) {
        return new DecayWorkloadsService(workloads, window, Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).decay();
    }
}
