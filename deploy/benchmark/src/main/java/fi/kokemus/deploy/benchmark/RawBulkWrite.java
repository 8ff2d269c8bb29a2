package fi.kokemus.deploy.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import fi.kokemus.deploy.demodata.MemberBatch;
import fi.kokemus.deploy.demodata.MemberJson;
import fi.kokemus.deploy.demodata.SyntheticMember;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The floor for an NGO sync: the same members upserted by the driver into a scratch collection on the same
 * server, in the same batches, with none of the service's validation, domain rules, events or outbox.
 */
final class RawBulkWrite {

    private final MongoCollection<Document> scratch;

    RawBulkWrite(MongoCollection<Document> scratch) {
        this.scratch = scratch;
    }

    /** Upserts {@code members}; the documents are built before the clock starts, one latency per batch. */
    Measurement upsert(List<SyntheticMember> members) {
        scratch.drop();
        List<List<WriteModel<Document>>> batches = MemberBatch.of(members, MemberLoader.BATCH).stream()
                .map(RawBulkWrite::replacements)
                .toList();
        List<Long> latencies = new ArrayList<>();
        long started = System.nanoTime();
        for (List<WriteModel<Document>> batch : batches) {
            long sent = System.nanoTime();
            scratch.bulkWrite(batch);
            latencies.add(System.nanoTime() - sent);
        }
        return new Measurement(members.size(), Duration.ofNanos(System.nanoTime() - started), Latencies.of(latencies));
    }

    static List<WriteModel<Document>> replacements(MemberBatch batch) {
        return batch.members().stream().<WriteModel<Document>>map(member -> new ReplaceOneModel<>(
                Filters.eq("_id", idOf(member)), documentOf(member), new ReplaceOptions().upsert(true))).toList();
    }

    static Document documentOf(SyntheticMember member) {
        return Document.parse(MemberJson.mapper().writeValueAsString(member.member()))
                .append("_id", idOf(member))
                .append("organisationId", member.organisationId())
                .append("externalId", member.externalId());
    }

    private static String idOf(SyntheticMember member) {
        return member.organisationId() + "/" + member.externalId();
    }
}
