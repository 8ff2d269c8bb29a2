package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.RecordProblem;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncJob;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.application.port.out.SyncJobs;
import fi.kokemus.registry.domain.MemberReference;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.Document;

/**
 * A job's status in {@code sync_jobs}, its records in {@code sync_job_chunks}, one document per
 * chunk of at most a few hundred records, far below the 16 MB document limit.
 */
public class MongoSyncJobs implements SyncJobs {

    public static final String JOBS = "sync_jobs";
    public static final String CHUNKS = "sync_job_chunks";

    private final MongoCollection<Document> jobs;
    private final MongoCollection<Document> chunks;

    public MongoSyncJobs(MongoDatabase database) {
        this.jobs = database.getCollection(JOBS);
        this.chunks = database.getCollection(CHUNKS);
        jobs.createIndex(Indexes.ascending("status", "createdAt"), new IndexOptions().name("unfinished"));
        chunks.createIndex(Indexes.ascending("jobId", "index"), new IndexOptions().name("by_job"));
    }

    /** The chunks first: a job is only visible, and resumable, once all its records are stored. */
    @Override
    public void create(SyncJob job, List<List<BatchRecord>> recordChunks) {
        if (!recordChunks.isEmpty()) {
            chunks.insertMany(IntStream.range(0, recordChunks.size())
                    .mapToObj(index -> new Document("_id", job.id() + ":" + index).append("jobId", job.id())
                            .append("index", index)
                            .append("records", recordChunks.get(index).stream().map(MongoSyncJobs::toDocument).toList()))
                    .toList());
        }
        jobs.insertOne(toDocument(job));
    }

    @Override
    public Optional<SyncJob> find(String id) {
        return Optional.ofNullable(jobs.find(eq("_id", id)).first()).map(MongoSyncJobs::toJob);
    }

    @Override
    public List<BatchRecord> chunk(String jobId, int index) {
        Document chunk = chunks.find(and(eq("jobId", jobId), eq("index", index))).first();
        if (chunk == null) {
            throw new IllegalStateException("sync job " + jobId + " has no chunk " + index);
        }
        return chunk.getList("records", Document.class).stream().map(MongoSyncJobs::toRecord).toList();
    }

    @Override
    public void update(SyncJob job) {
        jobs.replaceOne(eq("_id", job.id()), toDocument(job), new ReplaceOptions().upsert(false));
    }

    @Override
    public void dropRecords(String jobId) {
        chunks.deleteMany(eq("jobId", jobId));
    }

    @Override
    public List<SyncJob> findUnfinished() {
        return jobs.find(in("status", SyncJob.Status.QUEUED.name(), SyncJob.Status.RUNNING.name()))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoSyncJobs::toJob)
                .into(new ArrayList<>());
    }

    private static Document toDocument(SyncJob job) {
        Actor actor = job.actor();
        return new Document("_id", job.id())
                .append("actor", new Document("subject", actor.subject()).append("username", actor.username())
                        .append("roles", actor.roles().stream().map(Enum::name).sorted().toList())
                        .append("county", actor.county()).append("organisation", actor.organisation()))
                .append("organisationId", job.organisationId())
                .append("mode", job.mode().name())
                .append("dryRun", job.dryRun())
                .append("status", job.status().name())
                .append("total", job.total())
                .append("chunks", job.chunks())
                .append("chunksDone", job.chunksDone())
                .append("processed", job.processed())
                .append("counts", new Document(job.counts().entrySet().stream()
                        .collect(Collectors.toMap(entry -> entry.getKey().name(), entry -> (Object) entry.getValue()))))
                .append("failures", job.failures().stream().map(failure -> new Document("externalId", failure.externalId())
                        .append("problem", failure.problem().map(MongoSyncJobs::toDocument).orElse(null))).toList())
                .append("createdAt", Date.from(job.createdAt()));
    }

    private static SyncJob toJob(Document document) {
        Document actor = document.get("actor", Document.class);
        Map<RecordResult.Outcome, Integer> counts = new EnumMap<>(RecordResult.Outcome.class);
        document.get("counts", Document.class).forEach((outcome, count) ->
                counts.put(RecordResult.Outcome.valueOf(outcome), ((Number) count).intValue()));
        return new SyncJob(document.getString("_id"),
                new Actor(actor.getString("subject"), actor.getString("username"),
                        actor.getList("roles", String.class).stream().map(Role::valueOf).collect(Collectors.toSet()),
                        actor.getString("county"), actor.getString("organisation")),
                document.getString("organisationId"), SyncMode.valueOf(document.getString("mode")),
                document.getBoolean("dryRun"), SyncJob.Status.valueOf(document.getString("status")),
                document.getInteger("total"), document.getInteger("chunks"), document.getInteger("chunksDone"),
                document.getInteger("processed"), counts,
                document.getList("failures", Document.class).stream().map(failure -> RecordResult.failed(
                        failure.getString("externalId"), toProblem(failure.get("problem", Document.class)))).toList(),
                document.getDate("createdAt").toInstant());
    }

    private static Document toDocument(BatchRecord record) {
        Document document = new Document("externalId", record.externalId());
        if (record instanceof BatchRecord.Unreadable unreadable) {
            return document.append("problem", toDocument(unreadable.problem()));
        }
        SyncMemberCommand command = ((BatchRecord.Readable) record).command();
        Document profile = new Document();
        ProfileDocuments.append(command.profile(), profile);
        return document.append("organisationId", command.member().organisationId())
                .append("profile", profile)
                .append("consents", command.consents().stream().map(StateDocuments::consent).toList());
    }

    private static BatchRecord toRecord(Document document) {
        if (document.containsKey("problem")) {
            return new BatchRecord.Unreadable(document.getString("externalId"),
                    toProblem(document.get("problem", Document.class)));
        }
        return new BatchRecord.Readable(new SyncMemberCommand(
                new MemberReference(document.getString("organisationId"), document.getString("externalId")),
                ProfileDocuments.toProfile(document.get("profile", Document.class)),
                document.getList("consents", Document.class).stream().map(StateDocuments::toConsent).toList()));
    }

    private static Document toDocument(RecordProblem problem) {
        return new Document("code", problem.code()).append("detail", problem.detail()).append("field", problem.field());
    }

    private static RecordProblem toProblem(Document document) {
        return new RecordProblem(document.getString("code"), document.getString("detail"), document.getString("field"));
    }
}
