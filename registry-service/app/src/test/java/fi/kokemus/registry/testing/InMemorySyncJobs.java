package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.SyncJob;
import fi.kokemus.registry.application.port.out.SyncJobs;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sync jobs in memory, their records chunked as given. */
public class InMemorySyncJobs implements SyncJobs {

    private final Map<String, SyncJob> jobs = new LinkedHashMap<>();
    private final Map<String, List<List<BatchRecord>>> chunks = new HashMap<>();

    @Override
    public synchronized void create(SyncJob job, List<List<BatchRecord>> recordChunks) {
        chunks.put(job.id(), recordChunks.stream().map(List::copyOf).toList());
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized Optional<SyncJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized List<BatchRecord> chunk(String jobId, int index) {
        return chunks.get(jobId).get(index);
    }

    @Override
    public synchronized void update(SyncJob job) {
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized void dropRecords(String jobId) {
        chunks.put(jobId, List.of());
    }

    @Override
    public synchronized List<SyncJob> findUnfinished() {
        return jobs.values().stream().filter(job -> !job.finished())
                .sorted(Comparator.comparing(SyncJob::createdAt)).toList();
    }

    public synchronized int chunkCount(String jobId) {
        return chunks.get(jobId).size();
    }
}
