package fi.kokemus.ordering.application.port.out;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderNotFoundException;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.OrderingUnit;
import java.util.List;
import java.util.Optional;

/**
 * Stores orders. {@link #add} and {@link #save} write the order together with its pending events
 * in one atomic write; {@link #save} refuses (409) if the order changed since it was read.
 */
public interface OrderRepository {

    Optional<Order> find(OrderId id);

    default Order get(OrderId id) {
        return find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }

    void add(Order order);

    void save(Order order);

    /** Orders of a county, soonest first. */
    List<Order> findByCounty(String county, Optional<OrderState> state);

    /** Orders of one unit, soonest first. */
    List<Order> findByUnit(OrderingUnit unit, Optional<OrderState> state);

    /** Orders that were ever offered to the expert, soonest first. */
    List<Order> findByExpertUsername(String username);
}
