package fi.kokemus.ordering.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** One order is one document in {@value #COLLECTION}, its pending events in the document's outbox. */
@Component
public class MongoOrderRepository implements OrderRepository {

    public static final String COLLECTION = "orders";

    private final MongoAggregateStore store;
    private final OrderEventMessages messages;

    public MongoOrderRepository(MongoDatabase database, EventWriter writer) {
        MongoCollection<Document> collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending(OrderDocuments.COUNTY, OrderDocuments.STATE, OrderDocuments.STARTS_AT));
        collection.createIndex(Indexes.ascending(OrderDocuments.COUNTY, OrderDocuments.UNIT_ID, OrderDocuments.STARTS_AT));
        collection.createIndex(Indexes.ascending(OrderDocuments.EXPERT_USERNAME));
        this.store = new MongoAggregateStore(collection);
        this.messages = new OrderEventMessages(writer);
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return store.find(id.toString()).map(OrderDocuments::toOrder);
    }

    @Override
    public void add(Order order) {
        store.insert(OrderDocuments.toDocument(order), messages.of(order));
    }

    @Override
    public void save(Order order) {
        store.update(order.id().toString(), order.version(), OrderDocuments.toDocument(order), messages.of(order));
    }

    @Override
    public List<Order> findByCounty(String county, Optional<OrderState> state) {
        return findAll(withState(eq(OrderDocuments.COUNTY, county), state));
    }

    @Override
    public List<Order> findByUnit(OrderingUnit unit, Optional<OrderState> state) {
        return findAll(withState(and(eq(OrderDocuments.COUNTY, unit.county()), eq(OrderDocuments.UNIT_ID, unit.unitId())), state));
    }

    @Override
    public List<Order> findByExpertUsername(String username) {
        return findAll(eq(OrderDocuments.EXPERT_USERNAME, username));
    }

    private static Bson withState(Bson filter, Optional<OrderState> state) {
        return state.map(wanted -> and(filter, eq(OrderDocuments.STATE, wanted.name()))).orElse(filter);
    }

    private List<Order> findAll(Bson filter) {
        return store.collection().find(filter)
                .sort(Sorts.ascending(OrderDocuments.STARTS_AT))
                .map(OrderDocuments::toOrder)
                .into(new ArrayList<>());
    }
}
