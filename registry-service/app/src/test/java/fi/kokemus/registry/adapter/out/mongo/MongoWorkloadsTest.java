package fi.kokemus.registry.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.testing.WorkloadsContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoWorkloadsTest extends WorkloadsContract {

    private MongoCollection<Document> experts;
    private MongoAggregateStore store;
    private MongoWorkloads workloads;

    @BeforeEach
    void freshDatabase() {
        MongoDatabase database = MongoTestDatabase.fresh();
        experts = database.getCollection(MongoExpertRepository.COLLECTION);
        store = new MongoAggregateStore(experts);
        workloads = new MongoWorkloads(database);
    }

    @Override
    protected Workloads workloads() {
        return workloads;
    }

    @Override
    protected void registerExpert(String expertId) {
        store.insert(aggregateState(expertId, "Testinen"), List.of());
    }

    @Override
    protected int recentCount(String expertId) {
        Document workload = stored(expertId).get("workload", Document.class);
        return workload == null ? 0 : workload.getInteger("recentCount");
    }

    @Override
    protected List<String> assignmentIds(String expertId) {
        Document workload = stored(expertId).get("workload", Document.class);
        return workload == null ? List.of() : workload.getList("assignments", Document.class).stream()
                .map(entry -> entry.getString("assignmentId"))
                .toList();
    }

    @Test
    void theWorkloadSitsOnTheExpertsDocumentWithTheStartAsADateAndTheVersionUntouched() {
        registerExpert(aino);

        workloads.record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));

        Document stored = stored(aino);
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(1);
        assertThat(stored.get("workload", Document.class)).isEqualTo(new Document("assignments", List.of(
                new Document("assignmentId", "A-1").append("startsAt", Date.from(Instant.parse("2026-11-01T09:00:00Z")))))
                .append("recentCount", 1));
    }

    @Test
    void expertsSortByTheirRecentCountWithThoseWithoutAssignmentsFirst() {
        String maija = UUID.randomUUID().toString();
        registerExpert(aino);
        registerExpert(olli);
        registerExpert(maija);
        workloads.record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));
        workloads.record(assignment(aino, "A-2", "2026-11-02T09:00:00Z"));
        workloads.record(assignment(olli, "O-1", "2026-11-01T09:00:00Z"));

        List<Object> ranked = experts.find().sort(Sorts.ascending(MongoWorkloads.RECENT_COUNT))
                .map(document -> document.get("_id")).into(new ArrayList<>());

        assertThat(ranked).containsExactly(maija, olli, aino);
    }

    @Test
    void anUpdateOfTheAggregateKeepsTheWorkload() {
        registerExpert(aino);
        workloads.record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));
        Document workload = stored(aino).get("workload", Document.class);

        store.update(aino, 1, aggregateState(aino, "Testinen-Virtanen"), List.of());

        Document stored = stored(aino);
        assertThat(stored.getString("lastName")).isEqualTo("Testinen-Virtanen");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(2);
        assertThat(stored.get("workload", Document.class)).isEqualTo(workload);
    }

    @Test
    void forgettingLeavesTheAggregateVersionAlone() {
        registerExpert(aino);
        workloads.record(assignment(aino, "A-old", "2026-01-01T09:00:00Z"));

        workloads.forgetStartingBefore(CUTOFF);

        assertThat(stored(aino).get("version", Number.class).longValue()).isEqualTo(1);
        store.update(aino, 1, aggregateState(aino, "Testinen"), List.of());
    }

    @Test
    void anErasedExpertsTombstoneGetsNoWorkload() {
        Document tombstone = new Document("_id", aino).append("version", 3L)
                .append(ExpertDocuments.ERASED_AT, Date.from(Instant.parse("2026-11-19T08:00:00Z")));
        experts.insertOne(tombstone);

        workloads.record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));

        assertThat(stored(aino)).isEqualTo(tombstone);
    }

    @Test
    void anUnknownExpertGetsNoDocument() {
        workloads.record(assignment(aino, "A-1", "2026-11-01T09:00:00Z"));

        assertThat(experts.countDocuments()).isZero();
    }

    private static Document aggregateState(String expertId, String lastName) {
        return new Document("_id", expertId).append("lastName", lastName);
    }

    private Document stored(String expertId) {
        return experts.find(new Document("_id", expertId)).first();
    }
}
