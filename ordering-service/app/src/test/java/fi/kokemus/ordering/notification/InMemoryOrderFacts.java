package fi.kokemus.ordering.notification;

import fi.kokemus.ordering.contract.SessionTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryOrderFacts implements OrderFactsStore {

    private final Map<String, OrderFacts> orders = new HashMap<>();

    @Override
    public void add(OrderFacts order) {
        orders.putIfAbsent(order.orderId(), order);
    }

    @Override
    public Optional<OrderFacts> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public void reschedule(String orderId, String sessionId, Instant startsAt, int durationMinutes) {
        orders.computeIfPresent(orderId, (id, order) -> new OrderFacts(id, order.county(), order.orderedBy(),
                order.taskType(), order.remote(), order.sessions().stream()
                        .map(s -> s.sessionId().equals(sessionId) ? new SessionTime(sessionId, startsAt, durationMinutes) : s)
                        .toList()));
    }
}
