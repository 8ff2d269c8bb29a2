package fi.kokemus.registry.application.service;

import fi.kokemus.registry.application.port.in.RecordAssignmentUseCase;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.domain.AcceptedAssignment;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.WorkloadWindow;
import java.time.Clock;

/**
 * Records only assignments that are recent when they arrive: an older one would drop out at the
 * next decay anyway, so every recorded assignment counts and the count is always the number of
 * entries, which keeps a redelivery, the decay and a later cancellation simple.
 */
public class RecordAssignmentService implements RecordAssignmentUseCase {

    private final Workloads workloads;
    private final ContactDisclosures disclosures;
    private final WorkloadWindow window;
    private final Clock clock;

    public RecordAssignmentService(Workloads workloads, ContactDisclosures disclosures, WorkloadWindow window,
            Clock clock) {
        this.workloads = workloads;
        this.disclosures = disclosures;
        this.window = window;
        this.clock = clock;
    }

    /** The unit whose task the expert accepted may now see the expert's contact details. */
    @Override
    public void recordAccepted(AcceptedAssignment assignment) {
        ExpertId.find(assignment.expertId()).ifPresent(expert ->
                disclosures.discloseTo(expert, assignment.unitId(), assignment.assignmentId()));
        if (window.isRecent(assignment.startsAt(), clock.instant())) {
            workloads.record(assignment);
        }
    }

    @Override
    public void recordWithdrawn(String expertId, String assignmentId) {
        ExpertId.find(expertId).ifPresent(expert -> disclosures.withdraw(expert, assignmentId));
        workloads.withdraw(expertId, assignmentId);
    }
}
