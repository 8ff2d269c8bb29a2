package fi.kokemus.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.domain.AcceptedAssignment;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.WorkloadWindow;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryWorkloads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordAssignmentServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant RECENT_SINCE = Instant.parse("2026-05-24T08:00:00Z");
    private static final String AINO = "7b1f9a52-4c1e-4d7a-9d0e-0a5b7c2e9f10";

    private final InMemoryWorkloads workloads = new InMemoryWorkloads();
    private final InMemoryContactDisclosures disclosures = new InMemoryContactDisclosures();
    private final RecordAssignmentService service = new RecordAssignmentService(workloads, disclosures,
            new WorkloadWindow(Duration.ofDays(180)), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void ainoIsInTheRegistry() {
        workloads.registerExpert(AINO);
    }

    @Test
    void anAcceptedAssignmentCountsOnceHoweverOftenItArrives() {
        service.recordAccepted(accepted("A-1", NOW.plus(Duration.ofDays(14))));
        service.recordAccepted(accepted("A-1", NOW.plus(Duration.ofDays(14))));

        assertThat(workloads.recentCount(AINO)).isEqualTo(1);
    }

    @Test
    void assignmentsStartingWithinTheWindowOrLaterCount() {
        service.recordAccepted(accepted("A-edge", RECENT_SINCE));
        service.recordAccepted(accepted("A-past", NOW.minus(Duration.ofDays(30))));
        service.recordAccepted(accepted("A-future", NOW.plus(Duration.ofDays(400))));

        assertThat(workloads.assignmentIds(AINO)).containsExactly("A-edge", "A-past", "A-future");
        assertThat(workloads.recentCount(AINO)).isEqualTo(3);
    }

    @Test
    void anAssignmentThatStartedBeforeTheWindowIsNotCounted() {
        service.recordAccepted(accepted("A-old", RECENT_SINCE.minusSeconds(1)));

        assertThat(workloads.recentCount(AINO)).isZero();
        assertThat(workloads.assignmentIds(AINO)).isEmpty();
    }

    @Test
    void anAssignmentOfAnExpertNotInTheRegistryChangesNothing() {
        String stranger = "0c6f2d8e-1b3a-4f5e-8a9b-7c6d5e4f3a2b";

        service.recordAccepted(new AcceptedAssignment(stranger, "S-1", "soite-mental-health-unit", NOW));

        assertThat(workloads.recentCount(stranger)).isZero();
        assertThat(workloads.recentCount(AINO)).isZero();
    }

    @Test
    void theUnitWhoseTaskWasAcceptedMaySeeTheContactDetailsEvenOfAnOldAssignment() {
        service.recordAccepted(accepted("A-old", RECENT_SINCE.minusSeconds(1)));

        assertThat(disclosures.isDisclosedTo(new ExpertId(AINO), "soite-mental-health-unit")).isTrue();
        assertThat(disclosures.isDisclosedTo(new ExpertId(AINO), "soite-child-welfare-unit")).isFalse();
    }

    @Test
    void aWithdrawnAssignmentStopsCountingAndNoLongerReleasesTheContactDetails() {
        service.recordAccepted(accepted("A-1", NOW));
        service.recordAccepted(accepted("A-2", NOW));

        service.recordWithdrawn(AINO, "A-1");

        assertThat(workloads.assignmentIds(AINO)).containsExactly("A-2");
        assertThat(disclosures.isDisclosedTo(new ExpertId(AINO), "soite-mental-health-unit")).isTrue();

        service.recordWithdrawn(AINO, "A-2");

        assertThat(workloads.recentCount(AINO)).isZero();
        assertThat(disclosures.isDisclosedTo(new ExpertId(AINO), "soite-mental-health-unit")).isFalse();
    }

    private static AcceptedAssignment accepted(String assignmentId, Instant startsAt) {
        return new AcceptedAssignment(AINO, assignmentId, "soite-mental-health-unit", startsAt);
    }
}
