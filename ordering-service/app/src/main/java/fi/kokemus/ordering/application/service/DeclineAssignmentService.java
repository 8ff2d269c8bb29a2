package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.application.port.in.DeclineAssignmentCommand;
import fi.kokemus.ordering.application.port.in.DeclineAssignmentUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;

public class DeclineAssignmentService implements DeclineAssignmentUseCase {

    private final OrderRepository orders;

    public DeclineAssignmentService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public AssignedOrder decline(Actor actor, DeclineAssignmentCommand command) {
        actor.requireAny(Role.EXPERT);
        Order order = orders.get(command.orderId());
        Assignment assignment = order.decline(command.assignmentId(), actor.username(), command.reason());
        orders.save(order);
        return new AssignedOrder(order, assignment);
    }
}
