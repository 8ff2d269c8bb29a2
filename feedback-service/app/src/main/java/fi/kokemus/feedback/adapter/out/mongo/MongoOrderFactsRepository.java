package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import fi.kokemus.feedback.application.port.out.OrderFactsRepository;
import fi.kokemus.feedback.domain.OrderFacts;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

@Repository
public class MongoOrderFactsRepository implements OrderFactsRepository {

    public static final String COLLECTION = "feedback_orders";

    private final MongoCollection<Document> collection;

    public MongoOrderFactsRepository(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public void save(OrderFacts facts) {
        collection.replaceOne(eq("_id", facts.orderId()), new Document("_id", facts.orderId())
                .append("taskType", facts.taskType())
                .append("audience", facts.audience())
                .append("clientWork", facts.clientWork()), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<OrderFacts> find(String orderId) {
        return Optional.ofNullable(collection.find(eq("_id", orderId)).first())
                .map(document -> new OrderFacts(orderId, document.getString("taskType"), document.getString("audience"),
                        document.getBoolean("clientWork")));
    }
}
