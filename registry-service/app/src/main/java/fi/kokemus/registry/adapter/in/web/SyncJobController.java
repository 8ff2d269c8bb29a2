package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncJob;
import fi.kokemus.registry.application.port.in.SyncJobUseCase;
import fi.kokemus.registry.application.port.in.SyncMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Partners follow the background sync of a large batch. */
@RestController
class SyncJobController {

    static final String SYNC_JOBS = "/api/registry/sync-jobs";

    private final SyncJobUseCase syncJobs;

    SyncJobController(SyncJobUseCase syncJobs) {
        this.syncJobs = syncJobs;
    }

    @GetMapping(SYNC_JOBS + "/{jobId}")
    JobResponse view(Actor actor, @PathVariable String jobId) {
        return JobResponse.of(syncJobs.view(actor, jobId));
    }

    /** @param failures the first failed records, up to {@value SyncJob#MAX_FAILURES_KEPT} */
    record JobResponse(String id, SyncJob.Status status, String organisationId, SyncMode mode, boolean dryRun,
            int total, int processed, Map<RecordResult.Outcome, Integer> counts,
            List<MemberBatchController.RecordResponse> failures, Instant createdAt) {

        static JobResponse of(SyncJob job) {
            return new JobResponse(job.id(), job.status(), job.organisationId(), job.mode(), job.dryRun(),
                    job.total(), job.processed(), new TreeMap<>(job.counts()),
                    job.failures().stream().map(MemberBatchController.RecordResponse::of).toList(), job.createdAt());
        }
    }
}
