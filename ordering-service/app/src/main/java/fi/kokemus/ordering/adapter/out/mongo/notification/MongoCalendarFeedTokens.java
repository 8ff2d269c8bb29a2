package fi.kokemus.ordering.adapter.out.mongo.notification;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import fi.kokemus.ordering.notification.CalendarFeedTokens;
import java.util.Optional;
import org.bson.Document;

/** One document per expert in {@value #COLLECTION}: the hash of the current feed token. */
public class MongoCalendarFeedTokens implements CalendarFeedTokens {

    public static final String COLLECTION = "calendar_feed_tokens";

    private final MongoCollection<Document> collection;

    public MongoCalendarFeedTokens(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("tokenHash"), new IndexOptions().unique(true));
    }

    @Override
    public void replace(String expertUsername, String tokenHash) {
        collection.replaceOne(eq("_id", expertUsername), new Document("_id", expertUsername).append("tokenHash", tokenHash),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<String> expertOf(String tokenHash) {
        return Optional.ofNullable(collection.find(eq("tokenHash", tokenHash)).first()).map(d -> d.getString("_id"));
    }
}
