package fi.kokemus.registry.adapter.in.schedule;

import fi.kokemus.registry.application.port.in.DecayWorkloadsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day, assignments that have fallen out of the workload window stop counting in the fair ranking. */
@Component
public class WorkloadDecayJob {

    private static final Logger LOG = LoggerFactory.getLogger(WorkloadDecayJob.class);

    private final DecayWorkloadsUseCase workloads;

    public WorkloadDecayJob(DecayWorkloadsUseCase workloads) {
        this.workloads = workloads;
    }

    @Scheduled(cron = "${kokemus.registry.fair-ranking.decay-cron:0 30 2 * * *}")
    public void decay() {
        LOG.info("Recent assignment counts lowered for {} experts", workloads.decay());
    }
}
