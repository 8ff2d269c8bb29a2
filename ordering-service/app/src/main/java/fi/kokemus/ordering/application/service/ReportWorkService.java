package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ReportWorkUseCase;
import fi.kokemus.ordering.application.port.in.SessionWorkRef;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class ReportWorkService implements ReportWorkUseCase {

    private final OrderUpdater updater;

    public ReportWorkService(OrderRepository orders, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
    }

    @Override
    public Order report(Actor actor, SessionWorkRef work, WorkReport report) {
        actor.requireAny(Role.EXPERT);
        return updater.apply(work.orderId(), (order, now) ->
                order.report(work.assignmentId(), work.sessionId(), actor.username(), report, now));
    }
}
