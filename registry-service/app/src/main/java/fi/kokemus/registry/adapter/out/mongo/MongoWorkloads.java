package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.domain.AcceptedAssignment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The workload as a {@code workload} field on the expert's own document, so the search sorts by
 * {@link #RECENT_COUNT} in the same query. Only targeted updates of that field are made here: the
 * aggregate's version stays as it is, and the aggregate store, which sets only the aggregate's own
 * fields, leaves the workload alone.
 */
public class MongoWorkloads implements Workloads {

    /** The field on the expert's document; erasure removes it with the rest of the person's data. */
    public static final String WORKLOAD = "workload";
    /** The number of recent assignments, for the search to sort by. */
    public static final String RECENT_COUNT = WORKLOAD + ".recentCount";
    private static final String ENTRIES = "assignments";
    private static final String ASSIGNMENTS = WORKLOAD + "." + ENTRIES;
    private static final String ASSIGNMENT_ID = "assignmentId";
    private static final String STARTS_AT = "startsAt";
    private static final String ENTRY_STARTS_AT = ASSIGNMENTS + "." + STARTS_AT;
    private static final String ENTRY_ASSIGNMENT_ID = ASSIGNMENTS + "." + ASSIGNMENT_ID;

    private final MongoCollection<Document> experts;

    public MongoWorkloads(MongoDatabase database) {
        this.experts = database.getCollection(MongoExpertRepository.COLLECTION);
        experts.createIndex(Indexes.ascending(ENTRY_STARTS_AT), new IndexOptions().name("workload_decay"));
    }

    /**
     * One atomic update that matches only while the assignment is absent, so a redelivery counts
     * nothing, and never an erased expert's tombstone.
     */
    @Override
    public void record(AcceptedAssignment assignment) {
        var entry = new Document(ASSIGNMENT_ID, assignment.assignmentId())
                .append(STARTS_AT, Date.from(assignment.startsAt()));
        experts.updateOne(
                and(eq("_id", assignment.expertId()), exists(ExpertDocuments.ERASED_AT, false),
                        ne(ENTRY_ASSIGNMENT_ID, assignment.assignmentId())),
                Updates.combine(Updates.push(ASSIGNMENTS, entry), Updates.inc(RECENT_COUNT, 1)));
    }

    /** One atomic update that matches only while the assignment is there, so a redelivery lowers nothing. */
    @Override
    public void withdraw(String expertId, String assignmentId) {
        experts.updateOne(and(eq("_id", expertId), eq(ENTRY_ASSIGNMENT_ID, assignmentId)),
                Updates.combine(Updates.pull(ASSIGNMENTS, new Document(ASSIGNMENT_ID, assignmentId)),
                        Updates.inc(RECENT_COUNT, -1)));
    }

    /**
     * Per expert, because the wire server cannot recount an array in an update: each document's
     * entries are rewritten only if they are still the ones read, without touching its version.
     */
    @Override
    public int forgetStartingBefore(Instant cutoff) {
        Date before = Date.from(cutoff);
        List<Object> affected = experts.find(lt(ENTRY_STARTS_AT, before))
                .projection(Projections.include("_id"))
                .map(document -> document.get("_id"))
                .into(new ArrayList<>());
        int changed = 0;
        for (Object expertId : affected) {
            if (forgetStartingBefore(expertId, before)) {
                changed++;
            }
        }
        return changed;
    }

    /** Retries while an assignment recorded in between changed the entries; false once nothing is left to forget. */
    private boolean forgetStartingBefore(Object expertId, Date before) {
        while (true) {
            Document expert = experts.find(and(eq("_id", expertId), lt(ENTRY_STARTS_AT, before)))
                    .projection(Projections.include(ASSIGNMENTS))
                    .first();
            if (expert == null) {
                return false;
            }
            List<Document> entries = expert.get(WORKLOAD, Document.class).getList(ENTRIES, Document.class);
            List<Document> kept = entries.stream().filter(entry -> !entry.getDate(STARTS_AT).before(before)).toList();
            var result = experts.updateOne(and(eq("_id", expertId), eq(ASSIGNMENTS, entries)),
                    Updates.combine(Updates.set(ASSIGNMENTS, kept), Updates.set(RECENT_COUNT, kept.size())));
            if (result.getMatchedCount() > 0) {
                return true;
            }
        }
    }
}
