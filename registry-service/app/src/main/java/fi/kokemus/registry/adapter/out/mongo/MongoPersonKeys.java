package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MatchKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Which experts have which {@link MatchKeys match key}, one document per key keyed by the key's
 * hash: a lookup by {@code _id} stays fast where the store would otherwise scan every expert, and
 * the collection holds no e-mail, phone or name in clear. Written after the expert, so it may
 * briefly lag or name an expert whose keys have since changed: readers re-check the candidates'
 * current keys.
 */
final class MongoPersonKeys {

    static final String COLLECTION = "person_keys";
    private static final String EXPERT_IDS = "expertIds";

    private final MongoCollection<Document> collection;

    MongoPersonKeys(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    /**
     * Records the expert under each of their keys not yet naming them, in one write: a save that left the
     * keys of a stored expert as they were reads once and writes nothing.
     */
    void record(Expert expert) {
        String expertId = expert.id().value();
        List<String> hashes = MatchKeys.of(expert.profile()).stream().map(Hashes::sha256).toList();
        Set<String> recorded = expert.isNew() ? Set.of() : keysNaming(expertId, hashes);
        List<UpdateOneModel<Document>> missing = hashes.stream().filter(hash -> !recorded.contains(hash))
                .map(hash -> new UpdateOneModel<Document>(eq("_id", hash), Updates.addToSet(EXPERT_IDS, expertId),
                        new UpdateOptions().upsert(true)))
                .toList();
        if (!missing.isEmpty()) {
            collection.bulkWrite(missing, new BulkWriteOptions().ordered(false));
        }
    }

    /** By {@code _id} alone, so the wire server answers from its index rather than scanning every key. */
    private Set<String> keysNaming(String expertId, List<String> hashes) {
        return collection.find(in("_id", hashes)).into(new ArrayList<>()).stream()
                .filter(document -> document.getList(EXPERT_IDS, String.class, List.of()).contains(expertId))
                .map(document -> document.getString("_id"))
                .collect(Collectors.toSet());
    }

    /** The erased expert no longer turns up under the keys they had. */
    void forget(Expert expert) {
        MatchKeys.of(expert.profile()).forEach(key -> collection.updateOne(eq("_id", Hashes.sha256(key)),
                Updates.pull(EXPERT_IDS, expert.id().value())));
    }

    /** Ids of experts recorded under any of the keys. */
    Set<String> expertIds(Collection<String> keys) {
        List<String> hashes = keys.stream().map(Hashes::sha256).toList();
        return collection.find(in("_id", hashes)).into(new ArrayList<>()).stream()
                .flatMap(document -> document.getList(EXPERT_IDS, String.class, List.of()).stream())
                .collect(Collectors.toSet());
    }
}
