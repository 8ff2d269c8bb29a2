package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;

/** Batches too large to answer at once are synced in the background; the partner follows the job. */
public interface SyncJobUseCase {

    /** At most this many records in one job. */
    int MAX_RECORDS = 50_000;

    /** Records synced and committed together. */
    int CHUNK_SIZE = 500;

    /** Stores the batch and starts it in the background; the job comes back QUEUED. */
    SyncJob submit(Actor actor, MemberBatchCommand command);

    /** The job's progress, for the organisation's partner or an admin. */
    SyncJob view(Actor actor, String jobId);
}
