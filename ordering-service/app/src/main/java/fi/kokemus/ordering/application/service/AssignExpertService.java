package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.AssignExpertCommand;
import fi.kokemus.ordering.application.port.in.AssignExpertUseCase;
import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.UnknownExpertException;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;

public class AssignExpertService implements AssignExpertUseCase {

    private final OrderRepository orders;
    private final ExpertDirectory experts;

    public AssignExpertService(OrderRepository orders, ExpertDirectory experts) {
        this.orders = orders;
        this.experts = experts;
    }

    @Override
    public AssignedOrder assign(Actor actor, AssignExpertCommand command) {
        actor.requireAny(Role.COORDINATOR);
        Order order = orders.get(command.orderId());
        OrderAccess.requireCoordinatorOf(actor, order);
        Expert expert = experts.find(command.expertId())
                .orElseThrow(() -> new UnknownExpertException(command.expertId()));
        Assignment assignment = order.offer(AssignmentId.newId(), expert);
        orders.save(order);
        return new AssignedOrder(order, assignment);
    }
}
