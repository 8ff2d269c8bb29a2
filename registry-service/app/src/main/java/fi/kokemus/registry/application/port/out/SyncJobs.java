package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.SyncJob;
import java.util.List;
import java.util.Optional;

/** Background sync jobs and their records, kept in chunks so no stored document grows with the batch. */
public interface SyncJobs {

    void create(SyncJob job, List<List<BatchRecord>> chunks);

    Optional<SyncJob> find(String id);

    /** The records of one chunk, in batch order. */
    List<BatchRecord> chunk(String jobId, int index);

    /** Stores the job's new status and progress. */
    void update(SyncJob job);

    /** Forgets a finished job's records: they hold personal data the registry keeps only in expert records. */
    void dropRecords(String jobId);

    /** Jobs queued or running, oldest first: after a restart they continue. */
    List<SyncJob> findUnfinished();
}
