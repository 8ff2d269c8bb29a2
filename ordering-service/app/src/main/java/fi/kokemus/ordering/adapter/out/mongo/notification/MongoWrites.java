package fi.kokemus.ordering.adapter.out.mongo.notification;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** Inserts that a redelivered event repeats harmlessly. */
final class MongoWrites {

    private MongoWrites() {
    }

    /** Inserts the document unless one with its id exists; the existing one stays as it is. */
    static void insertUnlessPresent(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
