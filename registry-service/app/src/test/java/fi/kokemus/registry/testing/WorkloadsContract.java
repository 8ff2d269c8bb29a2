package fi.kokemus.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.domain.AcceptedAssignment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Workloads} adapter must do; run against each of them. */
public abstract class WorkloadsContract {

    protected static final Instant CUTOFF = Instant.parse("2026-05-24T00:00:00Z");

    protected final String aino = UUID.randomUUID().toString();
    protected final String olli = UUID.randomUUID().toString();

    protected abstract Workloads workloads();

    /** Puts an expert into the registry, as registration would. */
    protected abstract void registerExpert(String expertId);

    protected abstract int recentCount(String expertId);

    protected abstract List<String> assignmentIds(String expertId);

    @Test
    void anAssignmentCountsOnceHoweverOftenItIsRecorded() {
        registerExpert(aino);

        workloads().record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));
        workloads().record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));
        workloads().record(assignment(aino, "A-2", "2026-11-02T09:00:00Z"));
        workloads().record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));

        assertThat(recentCount(aino)).isEqualTo(2);
        assertThat(assignmentIds(aino)).containsExactly("A-1", "A-2");
    }

    @Test
    void eachExpertHasTheirOwnCount() {
        registerExpert(aino);
        registerExpert(olli);

        workloads().record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));
        workloads().record(assignment(olli, "A-2", "2026-11-01T09:00:00Z"));
        workloads().record(assignment(olli, "A-3", "2026-11-01T09:00:00Z"));

        assertThat(recentCount(aino)).isEqualTo(1);
        assertThat(recentCount(olli)).isEqualTo(2);
    }

    @Test
    void anAssignmentOfAnExpertTheRegistryDoesNotHoldIsNotKept() {
        workloads().record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));

        registerExpert(aino);

        assertThat(recentCount(aino)).isZero();
        assertThat(assignmentIds(aino)).isEmpty();
    }

    @Test
    void forgettingRemovesWhatStartsBeforeTheCutoffAndRecountsWhatIsLeft() {
        registerExpert(aino);
        registerExpert(olli);
        workloads().record(assignment(aino, "A-old", "2026-05-23T23:59:59Z"));
        workloads().record(assignment(aino, "A-edge", CUTOFF.toString()));
        workloads().record(assignment(aino, "A-new", "2026-11-01T09:00:00Z"));
        workloads().record(assignment(olli, "O-new", "2026-11-01T09:00:00Z"));

        int changed = workloads().forgetStartingBefore(CUTOFF);

        assertThat(changed).isEqualTo(1);
        assertThat(assignmentIds(aino)).containsExactly("A-edge", "A-new");
        assertThat(recentCount(aino)).isEqualTo(2);
        assertThat(recentCount(olli)).isEqualTo(1);
        assertThat(workloads().forgetStartingBefore(CUTOFF)).isZero();
    }

    @Test
    void anExpertWhoseAssignmentsAllFellOutCountsZeroAndCanBeCountedAgain() {
        registerExpert(aino);
        workloads().record(assignment(aino, "A-1", "2026-01-01T09:00:00Z"));
        workloads().record(assignment(aino, "A-2", "2026-02-01T09:00:00Z"));

        workloads().forgetStartingBefore(CUTOFF);
        workloads().record(assignment(aino, "A-3", "2026-11-01T09:00:00Z"));

        assertThat(assignmentIds(aino)).containsExactly("A-3");
        assertThat(recentCount(aino)).isEqualTo(1);
    }

    @Test
    void aWithdrawnAssignmentStopsCountingOnceHoweverOftenItIsWithdrawn() {
        registerExpert(aino);
        workloads().record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));
        workloads().record(assignment(aino, "A-2", "2026-11-02T09:00:00Z"));

        workloads().withdraw(aino, "A-1");
        workloads().withdraw(aino, "A-1");
        workloads().withdraw(aino, "A-unknown");

        assertThat(assignmentIds(aino)).containsExactly("A-2");
        assertThat(recentCount(aino)).isEqualTo(1);
    }

    protected static AcceptedAssignment assignment(String expertId, String assignmentId, String startsAt) {
        return new AcceptedAssignment(expertId, assignmentId, "soite-mental-health-unit", Instant.parse(startsAt));
    }
}
