package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.PlaceOrderUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class PlaceOrderService implements PlaceOrderUseCase {

    private final OrderRepository orders;
    private final Clock clock;

    public PlaceOrderService(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Order place(Actor actor, OrderForm form) {
        actor.requireAny(Role.ORDERER);
        Order order = Order.place(OrderId.newId(), OrderingUnit.of(actor), actor.username(), form, clock.instant());
        orders.add(order);
        return order;
    }
}
