package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.application.port.in.ReportWorkCommand;
import fi.kokemus.ordering.application.port.in.ReportWorkUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;

public class ReportWorkService implements ReportWorkUseCase {

    private final OrderRepository orders;

    public ReportWorkService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public AssignedOrder report(Actor actor, ReportWorkCommand command) {
        actor.requireAny(Role.EXPERT);
        Order order = orders.get(command.orderId());
        Assignment assignment = order.report(command.assignmentId(), actor.username(), command.work());
        orders.save(order);
        return new AssignedOrder(order, assignment);
    }
}
