package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.EndGroupEarlyUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.EarlyEndReason;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class EndGroupEarlyService implements EndGroupEarlyUseCase {

    private final OrderUpdater updater;

    public EndGroupEarlyService(OrderRepository orders, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
    }

    @Override
    public Order endEarly(Actor actor, OrderId orderId, EarlyEndReason reason) {
        actor.requireAny(Role.ORDERER, Role.COORDINATOR);
        return updater.apply(orderId, (order, now) -> {
            OrderAccess.requireOrderingUnitOrCoordinatorOf(actor, order);
            order.endGroupEarly(reason, actor.username(), now);
        });
    }
}
