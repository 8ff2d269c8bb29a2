package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.AcceptedAssignment;

/**
 * Keeps the counts the fair ranking sorts by (how many recent assignments each expert accepted) and
 * the contact disclosures that acceptances grant.
 */
public interface RecordAssignmentUseCase {

    /**
     * Counts the assignment for its expert once, however often it is delivered. An assignment
     * that started before the workload window, or an expert the registry does not hold, changes nothing.
     */
    void recordAccepted(AcceptedAssignment assignment);

    /**
     * The expert no longer does the assignment (either side cancelled it): it stops counting and
     * releases the expert's contact details to its unit no more. Unknown assignments change nothing.
     */
    void recordWithdrawn(String expertId, String assignmentId);
}
