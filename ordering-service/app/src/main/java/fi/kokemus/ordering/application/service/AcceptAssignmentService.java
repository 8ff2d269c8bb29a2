package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.AcceptAssignmentUseCase;
import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.application.port.in.AssignmentCommand;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;

public class AcceptAssignmentService implements AcceptAssignmentUseCase {

    private final OrderRepository orders;

    public AcceptAssignmentService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public AssignedOrder accept(Actor actor, AssignmentCommand command) {
        actor.requireAny(Role.EXPERT);
        Order order = orders.get(command.orderId());
        Assignment assignment = order.accept(command.assignmentId(), actor.username());
        orders.save(order);
        return new AssignedOrder(order, assignment);
    }
}
