package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.OrderFacts;
import java.util.Optional;

/** The facts of placed orders that later ordering events do not repeat. */
public interface OrderFactsRepository {

    /** Stores the facts; storing the same order again replaces them. */
    void save(OrderFacts facts);

    Optional<OrderFacts> find(String orderId);
}
