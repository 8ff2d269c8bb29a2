package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ApproveWorkUseCase;
import fi.kokemus.ordering.application.port.in.SessionWorkRef;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class ApproveWorkService implements ApproveWorkUseCase {

    private final OrderUpdater updater;

    public ApproveWorkService(OrderRepository orders, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
    }

    @Override
    public Order approve(Actor actor, SessionWorkRef work) {
        actor.requireAny(Role.ORDERER);
        return updater.apply(work.orderId(), (order, now) -> {
            OrderAccess.requireOrderingUnitOf(actor, order);
            order.approve(work.assignmentId(), work.sessionId(), actor.username(), now);
        });
    }
}
