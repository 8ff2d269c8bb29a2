package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

/** Reads an order, applies one step at the current time and saves it with the step's events. */
final class OrderUpdater {

    private final OrderRepository orders;
    private final Clock clock;

    OrderUpdater(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    Order apply(OrderId orderId, BiConsumer<Order, Instant> step) {
        Order order = orders.get(orderId);
        step.accept(order, clock.instant());
        orders.save(order);
        return order;
    }
}
