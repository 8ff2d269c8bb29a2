package fi.kokemus.ordering.adapter.out.mongo;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.ITU_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.NEXT_WEEK;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.clock;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.ConcurrentUpdateException;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MongoOrderRepositoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MongoClient client;
    private static MongoDatabase database;
    private static MongoOrderRepository repository;
    private final EventReader reader = new EventReader(JSON);

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        database = client.getDatabase("ordering-repository-test");
        database.drop();
        repository = new MongoOrderRepository(database, new EventWriter("ordering-service", JSON, clock()));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void anAddedOrderReadsBackAsItWasWithItsPlacedEventInTheOutbox() {
        Order placed = place(SOITE, SOITE_UNIT, form());

        Order read = repository.get(placed.id());

        assertThat(read.unit()).isEqualTo(placed.unit());
        assertThat(read.orderedBy()).isEqualTo("orderer.soite");
        assertThat(read.form()).isEqualTo(placed.form());
        assertThat(read.state()).isEqualTo(OrderState.PLACED);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.pendingEvents()).isEmpty();
        EventEnvelope<JsonNode> event = outbox(placed.id()).get(0);
        assertThat(event.type()).isEqualTo(OrderingEvents.ORDER_PLACED.type());
        assertThat(event.subject()).isEqualTo(placed.id().toString());
        assertThat(event.county()).isEqualTo(SOITE);
        assertThat(reader.data(event, OrderingEvents.ORDER_PLACED).durationMinutes()).isEqualTo(90);
    }

    @Test
    void aRemoteOrderKeepsItsVenue() {
        var remote = new OrderForm("CLIENT_SUPPORT", "Peer view", Audience.CLIENTS, NEXT_WEEK, 60, new Venue.Remote(), "CC-1", "sv", "");
        Order placed = place(SOITE, SOITE_UNIT, remote);

        assertThat(repository.get(placed.id()).form()).isEqualTo(remote);
    }

    @Test
    void everyStepIsSavedWithItsEventAndANewVersion() {
        Order placed = place(SOITE, SOITE_UNIT, form());
        Order order = repository.get(placed.id());
        AssignmentId declined = order.offer(AssignmentId.newId(), OLLI).id();
        order.decline(declined, OLLI.username(), "Away that week");
        repository.save(order);

        order = repository.get(placed.id());
        AssignmentId done = order.offer(AssignmentId.newId(), AINO).id();
        order.accept(done, AINO.username());
        order.report(done, AINO.username(), new WorkReport(2, 150));
        order.approve(done, "orderer.soite");
        repository.save(order);

        Order read = repository.get(placed.id());
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.state()).isEqualTo(OrderState.APPROVED);
        assertThat(read.assignments()).isEqualTo(order.assignments());
        assertThat(outbox(placed.id())).extracting(EventEnvelope::type).containsExactly(
                "ordering.order-placed", "ordering.expert-assigned", "ordering.assignment-declined",
                "ordering.expert-assigned", "ordering.assignment-accepted", "ordering.work-reported",
                "ordering.work-approved");
        WorkApproved approved = reader.data(outbox(placed.id()).get(6), OrderingEvents.WORK_APPROVED);
        assertThat(approved).isEqualTo(new WorkApproved(placed.id().toString(), done.toString(), AINO.expertId(),
                AINO.username(), SOITE, SOITE_UNIT, "CC-4100", "LECTURE_REGIONAL", "PROFESSIONALS", NEXT_WEEK, 2, 150,
                "orderer.soite"));
    }

    @Test
    void ofTwoWritersOfTheSameVersionExactlyOneWins() throws Exception {
        OrderId id = place(SOITE, SOITE_UNIT, form()).id();
        Order first = repository.get(id);
        Order second = repository.get(id);
        first.offer(AssignmentId.newId(), AINO);
        second.offer(AssignmentId.newId(), OLLI);

        List<Throwable> outcomes = saveAtOnce(first, second);

        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome != null).singleElement()
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.CONFLICT);
        Order stored = repository.get(id);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.assignments()).hasSize(1);
        assertThat(outbox(id)).extracting(EventEnvelope::type)
                .containsExactly("ordering.order-placed", "ordering.expert-assigned");
    }

    @Test
    void theSameOrderCannotBeAddedTwice() {
        Order placed = place(SOITE, SOITE_UNIT, form());

        assertThatThrownBy(() -> repository.add(placed)).hasFieldOrPropertyWithValue("code", "already-exists");
    }

    @Test
    void ordersAreFoundByCountyUnitStateAndExpertSoonestFirst() {
        String county = "county-" + System.nanoTime();
        Order later = place(county, SOITE_UNIT, form(NEXT_WEEK.plus(Duration.ofDays(2))));
        Order sooner = place(county, SOITE_UNIT, form());
        Order otherUnit = place(county, ITU_UNIT, form(NEXT_WEEK.plus(Duration.ofDays(1))));
        Order offered = repository.get(sooner.id());
        offered.offer(AssignmentId.newId(),
                new Expert("expert-x", "expert.x-" + county, "Saara T.", county, null, null, null, null, true, null));
        repository.save(offered);

        assertThat(repository.findByCounty(county, Optional.empty())).extracting(Order::id)
                .containsExactly(sooner.id(), otherUnit.id(), later.id());
        assertThat(repository.findByCounty(county, Optional.of(OrderState.PLACED))).extracting(Order::id)
                .containsExactly(otherUnit.id(), later.id());
        assertThat(repository.findByUnit(new OrderingUnit(county, SOITE_UNIT), Optional.empty())).extracting(Order::id)
                .containsExactly(sooner.id(), later.id());
        assertThat(repository.findByUnit(new OrderingUnit(county, SOITE_UNIT), Optional.of(OrderState.OFFERED)))
                .extracting(Order::id).containsExactly(sooner.id());
        assertThat(repository.findByUnit(new OrderingUnit(ITU, SOITE_UNIT), Optional.empty())).isEmpty();
        assertThat(repository.findByExpertUsername("expert.x-" + county)).extracting(Order::id).containsExactly(sooner.id());
    }

    private static Order place(String county, String unit, OrderForm form) {
        Order order = Order.place(OrderId.newId(), new OrderingUnit(county, unit), "orderer.soite", form, NOW);
        repository.add(order);
        return order;
    }

    private List<EventEnvelope<JsonNode>> outbox(OrderId id) {
        MongoCollection<Document> orders = database.getCollection(MongoOrderRepository.COLLECTION);
        Document document = orders.find(new Document("_id", id.toString())).first();
        return document.getList(MongoAggregateStore.OUTBOX, Document.class).stream()
                .map(message -> reader.read(message.getString("payload")))
                .toList();
    }

    /** Saves both orders from two threads released together; each outcome is null (saved) or the failure. */
    private static List<Throwable> saveAtOnce(Order... writers) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(writers.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Order writer : writers) {
                Callable<Void> save = () -> {
                    start.await();
                    repository.save(writer);
                    return null;
                };
                futures.add(pool.submit(save));
            }
            start.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Void> future : futures) {
                try {
                    future.get();
                    outcomes.add(null);
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
