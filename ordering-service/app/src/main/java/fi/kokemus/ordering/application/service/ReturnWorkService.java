package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ReturnWorkUseCase;
import fi.kokemus.ordering.application.port.in.SessionWorkRef;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class ReturnWorkService implements ReturnWorkUseCase {

    private final OrderUpdater updater;

    public ReturnWorkService(OrderRepository orders, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
    }

    @Override
    public Order returnWork(Actor actor, SessionWorkRef work, String comment) {
        actor.requireAny(Role.ORDERER);
        return updater.apply(work.orderId(), (order, now) -> {
            OrderAccess.requireOrderingUnitOf(actor, order);
            order.returnWork(work.assignmentId(), work.sessionId(), comment, actor.username(), now);
        });
    }
}
