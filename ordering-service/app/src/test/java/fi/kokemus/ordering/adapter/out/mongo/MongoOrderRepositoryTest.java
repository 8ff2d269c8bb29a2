package fi.kokemus.ordering.adapter.out.mongo;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OFFER_VALIDITY;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.CancelCause;
import fi.kokemus.ordering.domain.ClientConsent;
import fi.kokemus.ordering.domain.EarlyEndReason;
import fi.kokemus.ordering.domain.ExpertCalendar;
import fi.kokemus.ordering.domain.ExpertRole;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Outcome;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.ordering.domain.Travel;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.ConcurrentUpdateException;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MongoOrderRepositoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static MongoClient client;
    private static MongoCollection<Document> collection;
    private static MongoOrderRepository repository;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        MongoDatabase database = client.getDatabase("ordering-orders-test");
        database.drop();
        collection = database.getCollection(MongoOrderRepository.COLLECTION);
        repository = new MongoOrderRepository(database,
                new EventWriter("ordering-service", JSON, OrderingFixtures.clock()));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void empty() {
        collection.deleteMany(new Document());
    }

    @Test
    void anOrderWithEveryKindOfDetailReadsBackAsItWasSaved() {
        Order order = Order.place(new OrderingUnit(SOITE, SOITE_UNIT), "orderer.soite", Route.COORDINATED,
                OrderingFixtures.form("CLIENT_SUPPORT", ExpertRole.EXPERT_BY_EXPERIENCE, 2,
                        new ClientConsent(LocalDate.parse("2026-02-27"), "orderer.soite")),
                OrderingFixtures.weekly(3), NOW);
        repository.add(order);
        Order stored = repository.get(order.id());
        stored.propose(List.of(OrderingFixtures.free(AINO), OrderingFixtures.free(OLLI)), "coordinator.soite", NOW);
        Assignment aino = stored.choose(OrderingFixtures.free(AINO), "orderer.soite", NOW, OFFER_VALIDITY);
        stored.accept(aino.id(), "expert.soite", OrderingFixtures.free(AINO), NOW);
        Session first = stored.sessions().get(0);
        Travel travel = new Travel(42, "Kokkola – Kannus – Kokkola", 1, 350, 240, 21, 1,
                List.of(new Travel.Expense("Parking", 500)), true);
        stored.report(aino.id(), first.id(), "expert.soite",
                new WorkReport(Outcome.CLIENT_NO_SHOW, 0, 30, travel, false, 2000L), first.endsAt());
        stored.returnWork(aino.id(), first.id(), "Add the receipt", "orderer.soite", first.endsAt());
        stored.cancelAssignment(aino.id(), "expert.soite", CancelCause.ILLNESS, first.endsAt());
        stored.cancel("orderer.soite", "The client moved away", first.endsAt());
        repository.save(stored);

        Order reread = repository.get(order.id());

        assertThat(reread.version()).isEqualTo(2);
        assertThat(reread.form()).isEqualTo(stored.form());
        assertThat(reread.sessions()).isEqualTo(stored.sessions());
        assertThat(reread.assignments()).isEqualTo(stored.assignments());
        assertThat(reread.candidates()).isEqualTo(stored.candidates());
        assertThat(reread.cancellation()).isEqualTo(stored.cancellation()).isPresent();
        assertThat(reread.history()).isEqualTo(stored.history());
        assertThat(reread.state(first.endsAt())).isEqualTo(stored.state(first.endsAt()));
    }

    @Test
    void theEventsAreWrittenWithTheChangeAsTheContractsTypes() {
        Order order = OrderingFixtures.groupOrder();
        repository.add(order);
        Order stored = repository.get(order.id());
        stored.propose(List.of(OrderingFixtures.free(AINO)), "coordinator.soite", NOW);
        Assignment aino = stored.choose(OrderingFixtures.free(AINO), "orderer.soite", NOW, OFFER_VALIDITY);
        stored.accept(aino.id(), "expert.soite", OrderingFixtures.free(AINO), NOW);
        Session second = stored.sessions().get(1);
        stored.reschedule(second.id(), second.startsAt().plus(Duration.ofHours(2)), 90,
                List.of(OrderingFixtures.free(AINO)), "orderer.soite", NOW);
        Session first = stored.sessions().get(0);
        stored.report(aino.id(), first.id(), "expert.soite", new WorkReport(Outcome.HELD, 0, 90, null, false, null),
                first.endsAt());
        stored.returnWork(aino.id(), first.id(), "Minutes?", "orderer.soite", first.endsAt());
        stored.report(aino.id(), first.id(), "expert.soite", new WorkReport(Outcome.HELD, 5, 90, null, false, null),
                first.endsAt());
        stored.approve(aino.id(), first.id(), "orderer.soite", first.endsAt());
        stored.endGroupEarly(EarlyEndReason.AGREED, "orderer.soite", first.endsAt());
        repository.save(stored);

        assertThat(outboxTypes(order.id())).containsExactly("ordering.order-placed", "ordering.candidates-proposed",
                "ordering.candidate-chosen", "ordering.expert-offered", "ordering.assignment-accepted",
                "ordering.order-confirmed", "ordering.session-rescheduled", "ordering.work-reported",
                "ordering.session-held", "ordering.work-returned", "ordering.work-reported", "ordering.work-approved",
                "ordering.group-ended-early");
    }

    @Test
    void cancellationsDeclinesAndNoShowsHaveTheirOwnTypes() {
        Order order = Order.place(new OrderingUnit(SOITE, SOITE_UNIT), "orderer.soite", Route.COORDINATED,
                OrderingFixtures.form("CLIENT_SUPPORT", ExpertRole.EXPERT_BY_EXPERIENCE, 1,
                        new ClientConsent(LocalDate.parse("2026-02-27"), "orderer.soite")),
                OrderingFixtures.weekly(2), NOW);
        order.propose(List.of(OrderingFixtures.free(AINO), OrderingFixtures.free(OLLI)), "coordinator.soite", NOW);
        Assignment olli = order.choose(OrderingFixtures.free(OLLI), "orderer.soite", NOW, OFFER_VALIDITY);
        order.decline(olli.id(), "expert.other", null, NOW);
        Assignment aino = order.choose(OrderingFixtures.free(AINO), "orderer.soite", NOW, OFFER_VALIDITY);
        order.accept(aino.id(), "expert.soite", OrderingFixtures.free(AINO), NOW);
        Session first = order.sessions().get(0);
        order.report(aino.id(), first.id(), "expert.soite",
                new WorkReport(Outcome.CLIENT_NO_SHOW, 0, 30, null, false, null), first.endsAt());
        order.cancelAssignment(aino.id(), "expert.soite", CancelCause.OTHER, first.endsAt());
        order.cancel("orderer.soite", "Client moved away", first.endsAt());
        repository.add(order);

        assertThat(outboxTypes(order.id())).contains("ordering.assignment-declined", "ordering.client-no-show",
                "ordering.assignment-cancelled", "ordering.order-cancelled").doesNotContain("ordering.session-held");
    }

    @Test
    void twoCoordinatorsProposingAtOnceLeaveExactlyOneProposal() throws Exception {
        Order order = OrderingFixtures.groupOrder();
        repository.add(order);
        CountDownLatch bothRead = new CountDownLatch(2);
        Callable<String> proposeAino = proposal(order.id(), OrderingFixtures.free(AINO), bothRead);
        Callable<String> proposeOlli = proposal(order.id(), OrderingFixtures.free(OLLI), bothRead);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> results = pool.invokeAll(List.of(proposeAino, proposeOlli));
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        Order stored = repository.get(order.id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.candidates()).hasSize(1);
        assertThat(outboxTypes(order.id())).containsOnlyOnce("ordering.candidates-proposed");
    }

    @Test
    void aStaleSaveIsRefused() {
        Order order = OrderingFixtures.groupOrder();
        repository.add(order);
        Order first = repository.get(order.id());
        Order second = repository.get(order.id());
        first.cancel("orderer.soite", "Not needed", NOW);
        repository.save(first);
        second.endGroupEarly(EarlyEndReason.AGREED, "orderer.soite", NOW);

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void theQueriesFindTheUnitsTheCountysAndTheExpertsOrdersAndTheExpertsBookings() {
        Order open = OrderingFixtures.groupOrder();
        Order offered = OrderingFixtures.groupOrder();
        offered.propose(List.of(OrderingFixtures.free(AINO)), "coordinator.soite", NOW);
        offered.choose(OrderingFixtures.free(AINO), "orderer.soite", NOW, OFFER_VALIDITY);
        Order cancelled = OrderingFixtures.groupOrder();
        cancelled.cancel("orderer.soite", "Not needed", NOW);
        List.of(open, offered, cancelled).forEach(repository::add);

        assertThat(repository.findUnsettledByCounty(SOITE)).extracting(Order::id)
                .containsExactlyInAnyOrder(open.id(), offered.id());
        assertThat(repository.findByUnit(open.unit())).hasSize(3);
        assertThat(repository.findByUnit(new OrderingUnit(SOITE, "other"))).isEmpty();
        assertThat(repository.findByExpertUsername(AINO.username())).extracting(Order::id).containsExactly(offered.id());
        assertThat(repository.of(AINO.expertId(), open.id(), NOW)).hasSize(3)
                .allMatch(booking -> booking.orderId().equals(offered.id()));
        assertThat(repository.of(AINO.expertId(), offered.id(), NOW)).isEmpty();
        Instant afterExpiry = NOW.plus(OFFER_VALIDITY);
        assertThat(repository.of(AINO.expertId(), open.id(), afterExpiry)).isEmpty();
    }

    private static Callable<String> proposal(OrderId id, ExpertCalendar candidate, CountDownLatch bothRead) {
        return () -> {
            Order order = repository.get(id);
            bothRead.countDown();
            bothRead.await();
            order.propose(List.of(candidate), "coordinator.soite", NOW);
            try {
                repository.save(order);
                return "saved";
            } catch (ConcurrentUpdateException e) {
                return "conflict";
            }
        };
    }

    private static List<String> outboxTypes(OrderId id) {
        Document stored = collection.find(new Document("_id", id.toString())).first();
        return stored.getList(MongoAggregateStore.OUTBOX, Document.class).stream()
                .map(message -> JSON.readTree(message.getString("payload")).get("type").asString())
                .toList();
    }
}
