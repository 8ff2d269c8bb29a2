package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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

    void record(Expert expert) {
        MatchKeys.of(expert.profile()).forEach(key -> collection.updateOne(eq("_id", Hashes.sha256(key)),
                Updates.addToSet(EXPERT_IDS, expert.id().value()), new UpdateOptions().upsert(true)));
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
