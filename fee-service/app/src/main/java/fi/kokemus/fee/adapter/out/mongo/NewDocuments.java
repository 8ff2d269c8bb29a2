package fi.kokemus.fee.adapter.out.mongo;

import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import org.bson.Document;

/** Inserts keyed by a natural id, where finding the id taken means the work was done before. */
final class NewDocuments {

    /** The code {@link MongoAggregateStore#insert} gives a duplicate id. */
    private static final String ALREADY_EXISTS = "already-exists";

    private NewDocuments() {
    }

    static boolean insertIfAbsent(MongoAggregateStore store, Document state, List<OutboxMessage> events) {
        try {
            store.insert(state, events);
            return true;
        } catch (DomainProblem problem) {
            if (ALREADY_EXISTS.equals(problem.code())) {
                return false;
            }
            throw problem;
        }
    }
}
