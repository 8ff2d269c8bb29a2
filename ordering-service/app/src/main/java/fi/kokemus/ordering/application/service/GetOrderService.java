package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.GetOrderUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

public class GetOrderService implements GetOrderUseCase {

    private final OrderRepository orders;

    public GetOrderService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Order get(Actor actor, OrderId orderId) {
        Order order = orders.get(orderId);
        OrderAccess.requireViewer(actor, order);
        return order;
    }
}
