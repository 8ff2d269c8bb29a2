package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.outbox.ConcurrentUpdateException;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Stores copies, checks versions and records the events each write carried, like the Mongo adapter. */
public class InMemoryOrderRepository implements OrderRepository {

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
    public List<Order> findByCounty(String county, Optional<OrderState> state) {
        return findAll(order -> order.county().equals(county) && state.map(order.state()::equals).orElse(true));
    }

    @Override
    public List<Order> findByUnit(OrderingUnit unit, Optional<OrderState> state) {
        return findAll(order -> order.unit().equals(unit) && state.map(order.state()::equals).orElse(true));
    }

    @Override
    public List<Order> findByExpertUsername(String username) {
        return findAll(order -> order.assignments().stream().anyMatch(assignment -> assignment.isFor(username)));
    }

    /** Types of every event written for the order, oldest first. */
    public List<OrderEvent.Type> eventTypes(OrderId id) {
        return events.getOrDefault(id, List.of()).stream().map(OrderEvent::type).toList();
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
                .sorted(Comparator.comparing(order -> order.form().startsAt()))
                .map(order -> copy(order, order.version()))
                .toList();
    }

    private static Order copy(Order order, long version) {
        return Order.restore(order.id(), order.unit(), order.orderedBy(), order.form(), order.assignments(), version);
    }
}
