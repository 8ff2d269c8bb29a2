package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.out.ExpertBookings;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.ExpertCalendar;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.outbox.ConcurrentUpdateException;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Stores copies, checks versions and records the events each write carried, like the Mongo adapter. */
public class InMemoryOrderRepository implements OrderRepository, ExpertBookings {

    private static final Set<OrderState> UNSETTLED = Set.of(OrderState.OPEN, OrderState.AWAITING_CHOICE, OrderState.OFFERED);

    private final Map<OrderId, Order> orders = new ConcurrentHashMap<>();
    private final Map<OrderId, List<OrderEvent>> events = new ConcurrentHashMap<>();

    @Override
    public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(orders.get(id)).map(stored -> copy(stored, stored.version()));
    }

    @Override
    public synchronized void add(Order order) {
        if (orders.containsKey(order.id())) {
            throw DomainProblem.conflict("already-exists", "The record " + order.id() + " already exists");
        }
        store(order, 1);
    }

    @Override
    public synchronized void save(Order order) {
        Order stored = orders.get(order.id());
        if (stored == null || stored.version() != order.version()) {
            throw new ConcurrentUpdateException(order.id());
        }
        store(order, order.version() + 1);
    }

    @Override
    public List<Order> findUnsettledByCounty(String county) {
        return findAll(order -> order.county().equals(county) && UNSETTLED.contains(order.state()));
    }

    @Override
    public List<Order> findByUnit(OrderingUnit unit) {
        return findAll(order -> order.unit().equals(unit));
    }

    @Override
    public List<Order> findByExpertUsername(String username) {
        return findAll(order -> order.assignments().stream().anyMatch(assignment -> assignment.isFor(username)));
    }

    @Override
    public List<ExpertCalendar.Booking> of(String expertId, OrderId excluded, Instant now) {
        return findAll(order -> !order.id().equals(excluded)).stream()
                .flatMap(order -> order.bookingsOf(expertId, now).stream())
                .toList();
    }

    /** Every event written for the order, oldest first. */
    public List<OrderEvent> events(OrderId id) {
        return List.copyOf(events.getOrDefault(id, List.of()));
    }

    public void clear() {
        orders.clear();
        events.clear();
    }

    private void store(Order order, long version) {
        orders.put(order.id(), copy(order, version));
        events.computeIfAbsent(order.id(), id -> new ArrayList<>()).addAll(order.pendingEvents());
    }

    private List<Order> findAll(Predicate<Order> filter) {
        return orders.values().stream()
                .filter(filter)
                .sorted(Comparator.comparing(Order::startsAt))
                .map(order -> copy(order, order.version()))
                .toList();
    }

    private static Order copy(Order order, long version) {
        return Order.restore(order.id(), order.unit(), order.orderedBy(), order.route(), order.form(), order.sessions(),
                order.assignments(), order.candidates(), order.cancellation().orElse(null), order.history(), version);
    }
}
