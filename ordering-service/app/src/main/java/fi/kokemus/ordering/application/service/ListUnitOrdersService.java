package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ListUnitOrdersUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.List;

public class ListUnitOrdersService implements ListUnitOrdersUseCase {

    private final OrderRepository orders;

    public ListUnitOrdersService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public List<Order> list(Actor actor) {
        actor.requireAny(Role.ORDERER);
        return orders.findByUnit(OrderingUnit.of(actor));
    }
}
