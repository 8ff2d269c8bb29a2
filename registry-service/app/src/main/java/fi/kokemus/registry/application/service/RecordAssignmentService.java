package fi.kokemus.registry.application.service;

import fi.kokemus.registry.application.port.in.RecordAssignmentUseCase;
import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.domain.AcceptedAssignment;
import fi.kokemus.registry.domain.WorkloadWindow;
import java.time.Clock;

/**
 * Records only assignments that are recent when they arrive: an older one would drop out at the
 * next decay anyway, so every recorded assignment counts and the count is always the number of
 * entries, which keeps a redelivery, the decay and a later cancellation simple.
 */
public class RecordAssignmentService implements RecordAssignmentUseCase {

    private final Workloads workloads;
    private final WorkloadWindow window;
    private final Clock clock;

    public RecordAssignmentService(Workloads workloads, WorkloadWindow window, Clock clock) {
        this.workloads = workloads;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void recordAccepted(AcceptedAssignment assignment) {
        if (window.isRecent(assignment.startsAt(), clock.instant())) {
            workloads.record(assignment);
        }
    }
}
