package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordProblem;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncJob;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoSyncJobsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private MongoDatabase database;
    private MongoSyncJobs jobs;

    @BeforeEach
    void freshDatabase() {
        database = MongoTestDatabase.fresh();
        jobs = new MongoSyncJobs(database);
    }

    @Test
    void aJobsRecordsAreStoredOneDocumentPerChunkAndReadBackAsSent() {
        ProfileBuilder aino = aProfile().topics("MENTAL_HEALTH", "VIOLENCE").diagnoses("F32");
        BatchRecord readable = new BatchRecord.Readable(new SyncMemberCommand(
                new MemberReference(Actors.NGO_KESKI, "M-1"), aino.build(), aino.consentDecisions()));
        BatchRecord unreadable = new BatchRecord.Unreadable(null,
                new RecordProblem("malformed-record", "Each member is a JSON object", null));
        BatchRecord another = new BatchRecord.Readable(new SyncMemberCommand(
                new MemberReference(Actors.NGO_KESKI, "M-2"), aProfile().username(null).build(), List.of()));
        SyncJob job = job(3, 2);

        jobs.create(job, List.of(List.of(readable, unreadable), List.of(another)));

        assertThat(database.getCollection(MongoSyncJobs.CHUNKS).countDocuments(new Document("jobId", job.id())))
                .isEqualTo(2);
        assertThat(jobs.chunk(job.id(), 0)).containsExactly(readable, unreadable);
        assertThat(jobs.chunk(job.id(), 1)).containsExactly(another);
        assertThat(jobs.find(job.id())).contains(job);

        jobs.dropRecords(job.id());

        assertThat(database.getCollection(MongoSyncJobs.CHUNKS).countDocuments()).isZero();
        assertThat(jobs.find(job.id())).contains(job);
    }

    @Test
    void progressIsStoredAndOnlyUnfinishedJobsAreResumed() {
        SyncJob queued = job(1, 1);
        SyncJob running = job(1, 1);
        SyncJob done = job(1, 1);
        List.of(queued, running, done).forEach(each -> jobs.create(each, List.of(List.of())));
        SyncJob progressed = running.running().afterChunk(1, List.of(RecordResult.failed("M-9",
                new RecordProblem("invalid-input", "municipality: size must be between 0 and 3", "municipality"))));
        jobs.update(progressed);
        jobs.update(done.running().done(List.of()));

        assertThat(jobs.find(running.id())).contains(progressed);
        assertThat(jobs.findUnfinished()).extracting(SyncJob::id).containsExactlyInAnyOrder(queued.id(), running.id());
    }

    private static SyncJob job(int records, int chunks) {
        List<BatchRecord> none = Collections.nCopies(records,
                new BatchRecord.Unreadable("X", new RecordProblem("invalid-input", "x", null)));
        return SyncJob.queued(UUID.randomUUID().toString(), Actors.ngoKeski(),
                new MemberBatchCommand(Actors.NGO_KESKI, SyncMode.FULL, true, none), chunks, NOW);
    }
}
