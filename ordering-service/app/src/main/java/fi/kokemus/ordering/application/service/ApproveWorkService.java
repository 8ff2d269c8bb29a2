package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ApproveWorkUseCase;
import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.application.port.in.AssignmentCommand;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;

public class ApproveWorkService implements ApproveWorkUseCase {

    private final OrderRepository orders;

    public ApproveWorkService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public AssignedOrder approve(Actor actor, AssignmentCommand command) {
        actor.requireAny(Role.ORDERER);
        Order order = orders.get(command.orderId());
        OrderAccess.requireOrderingUnitOf(actor, order);
        Assignment assignment = order.approve(command.assignmentId(), actor.username());
        orders.save(order);
        return new AssignedOrder(order, assignment);
    }
}
