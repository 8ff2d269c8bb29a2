package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ListMyAssignmentsUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.List;

public class ListMyAssignmentsService implements ListMyAssignmentsUseCase {

    private final OrderRepository orders;

    public ListMyAssignmentsService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public List<MyAssignment> list(Actor actor) {
        actor.requireAny(Role.EXPERT);
        if (actor.username() == null) {
            return List.of();
        }
        return orders.findByExpertUsername(actor.username()).stream()
                .flatMap(order -> order.assignments().stream()
                        .filter(assignment -> assignment.isFor(actor.username()))
                        .map(assignment -> new MyAssignment(order, assignment)))
                .toList();
    }
}
