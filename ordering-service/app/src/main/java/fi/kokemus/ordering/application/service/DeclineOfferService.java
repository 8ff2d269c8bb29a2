package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.DeclineOfferUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class DeclineOfferService implements DeclineOfferUseCase {

    private final OrderUpdater updater;

    public DeclineOfferService(OrderRepository orders, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
    }

    @Override
    public Order decline(Actor actor, OrderId orderId, AssignmentId assignmentId, String reason) {
        actor.requireAny(Role.EXPERT);
        return updater.apply(orderId, (order, now) -> order.decline(assignmentId, actor.username(), reason, now));
    }
}
