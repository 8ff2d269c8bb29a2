package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.domain.AcceptedAssignment;
import java.time.Instant;

/**
 * Each expert's recently accepted assignments and their count, kept beside the expert's record so
 * the search can sort by the count. Every recorded assignment is counted.
 */
public interface Workloads {

    /**
     * Adds the assignment to its expert's workload and counts it, unless it is recorded already;
     * an expert the registry does not hold is left alone.
     */
    void record(AcceptedAssignment assignment);

    /** The expert no longer does the assignment: it stops counting; an unknown assignment changes nothing. */
    void withdraw(String expertId, String assignmentId);

    /**
     * Removes the assignments that start before {@code cutoff} and lowers each count to what is left.
     *
     * @return how many experts' workloads changed
     */
    int forgetStartingBefore(Instant cutoff);
}
