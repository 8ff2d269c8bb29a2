package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.WithdrawFromAssignmentUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.CancelCause;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class WithdrawFromAssignmentService implements WithdrawFromAssignmentUseCase {

    private final OrderUpdater updater;

    public WithdrawFromAssignmentService(OrderRepository orders, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
    }

    @Override
    public Order withdraw(Actor actor, OrderId orderId, AssignmentId assignmentId, CancelCause cause) {
        actor.requireAny(Role.EXPERT);
        return updater.apply(orderId, (order, now) -> order.cancelAssignment(assignmentId, actor.username(), cause, now));
    }
}
