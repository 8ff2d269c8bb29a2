package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.PlaceOrderCommand;
import fi.kokemus.ordering.application.port.in.PlaceOrderUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

public class PlaceOrderService implements PlaceOrderUseCase {

    private final OrderRepository orders;
    private final Calendars calendars;
    private final Clock clock;
    private final Duration offerValidity;

    public PlaceOrderService(OrderRepository orders, Calendars calendars, Clock clock, Duration offerValidity) {
        this.orders = orders;
        this.calendars = calendars;
        this.clock = clock;
        this.offerValidity = offerValidity;
    }

    @Override
    public Order place(Actor actor, PlaceOrderCommand command) {
        actor.requireAny(Role.ORDERER);
        Instant now = clock.instant();
        boolean direct = command.route() == Route.DIRECT;
        if (direct == command.namedExpertIds().isEmpty()
                || command.namedExpertIds().size() > command.form().expertsNeeded()) {
            throw DomainProblem.invalid("invalid-input", "A direct order names 1 to expertsNeeded experts;"
                    + " a coordinated order names none", "expertIds");
        }
        Order order = Order.place(OrderingUnit.of(actor), actor.username(), command.route(), command.form(),
                command.schedule(), now);
        command.namedExpertIds().forEach(expertId ->
                order.offerDirectly(calendars.of(expertId, order, now), actor.username(), now, offerValidity));
        orders.add(order);
        return order;
    }
}
