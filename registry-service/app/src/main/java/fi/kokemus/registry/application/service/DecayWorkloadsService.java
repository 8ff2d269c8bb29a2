package fi.kokemus.registry.application.service;

import fi.kokemus.registry.application.port.in.DecayWorkloadsUseCase;
import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.domain.WorkloadWindow;
import java.time.Clock;

public class DecayWorkloadsService implements DecayWorkloadsUseCase {

    private final Workloads workloads;
    private final WorkloadWindow window;
    private final Clock clock;

    public DecayWorkloadsService(Workloads workloads, WorkloadWindow window, Clock clock) {
        this.workloads = workloads;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public int decay() {
        return workloads.forgetStartingBefore(window.recentSince(clock.instant()));
    }
}
