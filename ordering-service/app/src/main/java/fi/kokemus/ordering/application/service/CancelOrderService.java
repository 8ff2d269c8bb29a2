package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.CancelOrderUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class CancelOrderService implements CancelOrderUseCase {

    private final OrderUpdater updater;

    public CancelOrderService(OrderRepository orders, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
    }

    @Override
    public Order cancel(Actor actor, OrderId orderId, String reason) {
        actor.requireAny(Role.ORDERER);
        return updater.apply(orderId, (order, now) -> {
            OrderAccess.requireOrderingUnitOf(actor, order);
            order.cancel(actor.username(), reason, now);
        });
    }
}
