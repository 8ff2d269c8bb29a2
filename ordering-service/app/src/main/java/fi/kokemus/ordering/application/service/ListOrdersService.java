package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ListOrdersQuery;
import fi.kokemus.ordering.application.port.in.ListOrdersUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;

public class ListOrdersService implements ListOrdersUseCase {

    private final OrderRepository orders;

    public ListOrdersService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public List<Order> list(Actor actor, ListOrdersQuery query) {
        actor.requireAny(Role.COORDINATOR, Role.ORDERER);
        if (actor.has(Role.COORDINATOR)) {
            if (actor.county() == null) {
                throw DomainProblem.forbidden("county-unknown", "Your account is not linked to a county");
            }
            return orders.findByCounty(actor.county(), query.stateFilter());
        }
        return orders.findByUnit(OrderingUnit.of(actor), query.stateFilter());
    }
}
