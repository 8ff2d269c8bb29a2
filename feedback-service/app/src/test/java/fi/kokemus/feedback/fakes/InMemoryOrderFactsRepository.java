package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.OrderFactsRepository;
import fi.kokemus.feedback.domain.OrderFacts;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryOrderFactsRepository implements OrderFactsRepository {

    private final Map<String, OrderFacts> orders = new ConcurrentHashMap<>();

    @Override
    public void save(OrderFacts facts) {
        orders.put(facts.orderId(), facts);
    }

    @Override
    public Optional<OrderFacts> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }
}
