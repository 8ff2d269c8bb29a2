package fi.kokemus.ordering.application.port.out;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderNotFoundException;
import fi.kokemus.ordering.domain.OrderingUnit;
import java.util.List;
import java.util.Optional;

/**
 * Stores orders, one record each. {@link #add} and {@link #save} write the order together with its
 * pending events in one atomic write; {@link #save} refuses (409) if the order changed since it was read.
 */
public interface OrderRepository {

    Optional<Order> find(OrderId id);

    default Order get(OrderId id) {
        return find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }

    void add(Order order);

    void save(Order order);

    /** The county's orders that may still need a candidate (not cancelled, completed or confirmed). */
    List<Order> findUnsettledByCounty(String county);

    /** Orders of one unit, soonest first. */
    List<Order> findByUnit(OrderingUnit unit);

    /** Orders that were ever offered to the expert, soonest first. */
    List<Order> findByExpertUsername(String username);
}
