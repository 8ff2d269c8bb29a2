package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.AcceptedAssignment;

/** Keeps the counts the fair ranking sorts by: how many recent assignments each expert accepted. */
public interface RecordAssignmentUseCase {

    /**
     * Counts the assignment for its expert once, however often it is delivered. An assignment
     * that started before the workload window, or an expert the registry does not hold, changes nothing.
     */
    void recordAccepted(AcceptedAssignment assignment);
}
