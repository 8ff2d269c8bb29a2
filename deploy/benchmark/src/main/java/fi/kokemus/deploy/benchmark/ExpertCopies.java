package fi.kokemus.deploy.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * Grows the registry's {@code experts} collection beyond the members synced through the service with driver
 * copies of the experts the service stored: the same documents (profile, search part, visibility) under a
 * new id and member reference, without an account (usernames are unique) and without unpublished events, so
 * a search phase can run on 100 000 profiles without syncing each one through the service at its pace.
 */
final class ExpertCopies {

    private static final int BATCH = 1000;

    private final MongoCollection<Document> experts;

    ExpertCopies(MongoCollection<Document> experts) {
        this.experts = experts;
    }

    /** Inserts copies until the collection holds {@code count} experts; returns how many were copied. */
    int fillUpTo(int count) {
        int existing = (int) experts.countDocuments();
        if (existing >= count) {
            return 0;
        }
        List<Document> originals = experts.find(Filters.exists("erasedAt", false))
                .projection(Projections.exclude("outbox", "pendingOutbox"))
                .into(new ArrayList<>());
        List<Document> batch = new ArrayList<>(BATCH);
        for (int n = existing; n < count; n++) {
            batch.add(copyOf(originals.get(n % originals.size()), n));
            if (batch.size() == BATCH || n == count - 1) {
                experts.insertMany(batch);
                batch.clear();
            }
        }
        return count - existing;
    }

    private static Document copyOf(Document original, int number) {
        Document copy = new Document(original);
        byte[] seed = ("benchmark-copy-" + number).getBytes(StandardCharsets.UTF_8);
        copy.put("_id", UUID.nameUUIDFromBytes(seed).toString());
        copy.put("externalId", "copy-" + number);
        copy.remove("username");
        return copy;
    }
}
