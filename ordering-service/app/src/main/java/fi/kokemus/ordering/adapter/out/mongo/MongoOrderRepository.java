package fi.kokemus.ordering.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fi.kokemus.ordering.application.port.out.ExpertBookings;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.ExpertCalendar;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * One order is one document in {@value #COLLECTION}, its pending events in the document's outbox.
 * It also answers which sessions an expert is booked for, from the same documents.
 */
@Component
public class MongoOrderRepository implements OrderRepository, ExpertBookings {

    public static final String COLLECTION = "orders";

    /** States in which an order may still need candidates, or still books its experts. */
    private static final List<String> UNSETTLED =
            Stream.of(OrderState.OPEN, OrderState.AWAITING_CHOICE, OrderState.OFFERED).map(Enum::name).toList();
    private static final List<String> BOOKING = Stream.concat(UNSETTLED.stream(), Stream.of(OrderState.CONFIRMED.name()))
            .toList();

    private final MongoAggregateStore store;
    private final OrderEventMessages messages;

    public MongoOrderRepository(MongoDatabase database, EventWriter writer) {
        MongoCollection<Document> collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending(OrderDocuments.COUNTY, OrderDocuments.STATE, OrderDocuments.STARTS_AT));
        collection.createIndex(Indexes.ascending(OrderDocuments.COUNTY, OrderDocuments.UNIT_ID, OrderDocuments.STARTS_AT));
        collection.createIndex(Indexes.ascending(OrderDocuments.EXPERT_USERNAME));
        collection.createIndex(Indexes.ascending(OrderDocuments.EXPERT_ID, OrderDocuments.STATE));
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
    public List<Order> findUnsettledByCounty(String county) {
        return findAll(and(eq(OrderDocuments.COUNTY, county), in(OrderDocuments.STATE, UNSETTLED)));
    }

    @Override
    public List<Order> findByUnit(OrderingUnit unit) {
        return findAll(and(eq(OrderDocuments.COUNTY, unit.county()), eq(OrderDocuments.UNIT_ID, unit.unitId())));
    }

    @Override
    public List<Order> findByExpertUsername(String username) {
        return findAll(eq(OrderDocuments.EXPERT_USERNAME, username));
    }

    @Override
    public List<ExpertCalendar.Booking> of(String expertId, OrderId excluded, Instant now) {
        return findAll(and(eq(OrderDocuments.EXPERT_ID, expertId), in(OrderDocuments.STATE, BOOKING),
                        ne("_id", excluded.toString()))).stream()
                .flatMap(order -> order.bookingsOf(expertId, now).stream())
                .toList();
    }

    private List<Order> findAll(Bson filter) {
        return store.collection().find(filter)
                .sort(Sorts.ascending(OrderDocuments.STARTS_AT))
                .map(OrderDocuments::toOrder)
                .into(new ArrayList<>());
    }
}
