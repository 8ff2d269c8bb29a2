package fi.kokemus.fee.adapter.out.mongo;

import fi.kokemus.platform.outbox.DuplicateAggregateException;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.platform.outbox.OutboxMessage;
import java.util.List;
import org.bson.Document;

/** Inserts keyed by a natural id, where finding the id taken means the work was done before. */
final class NewDocuments {

    private NewDocuments() {
    }

    static boolean insertIfAbsent(MongoAggregateStore store, Document state, List<OutboxMessage> events) {
        try {
            store.insert(state, events);
            return true;
        } catch (DuplicateAggregateException alreadyDone) {
            return false;
        }
    }
}
