package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncJob;
import fi.kokemus.registry.application.port.in.SyncJobUseCase;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.application.port.out.SyncJobs;
import fi.kokemus.registry.domain.ExpertAccess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs large batches with the same per-record sync as a direct batch, one committed chunk at a time. */
public class SyncJobService implements SyncJobUseCase {

    private static final Logger LOG = Logger.getLogger(SyncJobService.class.getName());

    private final SyncMemberBatchService batch;
    private final SyncJobs jobs;
    private final Executor executor;
    private final Clock clock;

    /** @param executor runs the jobs; one thread keeps them from competing for the same members */
    public SyncJobService(SyncMemberBatchService batch, SyncJobs jobs, Executor executor, Clock clock) {
        this.batch = batch;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public SyncJob submit(Actor actor, MemberBatchCommand command) {
        ExpertAccess.requireMayMaintain(actor, command.organisationId());
        if (command.records().size() > MAX_RECORDS) {
            throw DomainProblem.invalid("batch-too-large",
                    "A sync job holds at most " + MAX_RECORDS + " members", "members");
        }
        List<BatchRecord> records = SyncMemberBatchService.withRepeatsRefused(command.records());
        List<List<BatchRecord>> chunks = new ArrayList<>();
        for (int start = 0; start < records.size(); start += CHUNK_SIZE) {
            chunks.add(records.subList(start, Math.min(records.size(), start + CHUNK_SIZE)));
        }
        SyncJob job = SyncJob.queued(UUID.randomUUID().toString(), actor, command, chunks.size(), clock.instant());
        jobs.create(job, chunks);
        executor.execute(() -> run(job.id()));
        return job;
    }

    @Override
    public SyncJob view(Actor actor, String jobId) {
        SyncJob job = jobs.find(jobId).orElseThrow(() -> notFound(jobId));
        ExpertAccess.requireMayMaintain(actor, job.organisationId());
        return job;
    }

    /** Continues every job a stop interrupted, from its first uncommitted chunk. */
    public void resumeUnfinished() {
        jobs.findUnfinished().forEach(job -> executor.execute(() -> run(job.id())));
    }

    private void run(String jobId) {
        SyncJob job = jobs.find(jobId).orElseThrow(() -> notFound(jobId));
        if (job.finished()) {
            return;
        }
        job = job.running();
        jobs.update(job);
        try {
            while (job.chunksDone() < job.chunks()) {
                List<BatchRecord> records = jobs.chunk(jobId, job.chunksDone());
                job = job.afterChunk(records.size(), batch.syncRecords(job.actor(), job.dryRun(), records));
                jobs.update(job);
            }
            List<RecordResult> deactivations = job.mode() == SyncMode.FULL
                    ? batch.deactivateUnlisted(job.dryRun(), job.organisationId(), listedIn(job)) : List.of();
            jobs.update(job.done(deactivations));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Sync job " + jobId + " failed", e);
            jobs.update(job.failed());
        }
        jobs.dropRecords(jobId);
    }

    private Set<String> listedIn(SyncJob job) {
        Set<String> listed = new HashSet<>();
        for (int index = 0; index < job.chunks(); index++) {
            listed.addAll(SyncMemberBatchService.externalIds(jobs.chunk(job.id(), index)));
        }
        return listed;
    }

    private static DomainProblem notFound(String jobId) {
        return DomainProblem.notFound("sync-job-not-found", "No sync job " + jobId);
    }
}
