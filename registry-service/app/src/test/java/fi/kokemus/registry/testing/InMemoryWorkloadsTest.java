package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.Workloads;
import java.util.List;

class InMemoryWorkloadsTest extends WorkloadsContract {

    private final InMemoryWorkloads workloads = new InMemoryWorkloads();

    @Override
    protected Workloads workloads() {
        return workloads;
    }

    @Override
    protected void registerExpert(String expertId) {
        workloads.registerExpert(expertId);
    }

    @Override
    protected int recentCount(String expertId) {
        return workloads.recentCount(expertId);
    }

    @Override
    protected List<String> assignmentIds(String expertId) {
        return workloads.assignmentIds(expertId);
    }
}
