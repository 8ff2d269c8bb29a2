package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.NameExpertUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;
import java.time.Duration;

public class NameExpertService implements NameExpertUseCase {

    private final OrderUpdater updater;
    private final Calendars calendars;
    private final Duration offerValidity;

    public NameExpertService(OrderRepository orders, Calendars calendars, Clock clock, Duration offerValidity) {
        this.updater = new OrderUpdater(orders, clock);
        this.calendars = calendars;
        this.offerValidity = offerValidity;
    }

    @Override
    public Order name(Actor actor, OrderId orderId, String expertId) {
        actor.requireAny(Role.ORDERER);
        return updater.apply(orderId, (order, now) -> {
            OrderAccess.requireOrderingUnitOf(actor, order);
            order.offerDirectly(calendars.of(expertId, order, now), actor.username(), now, offerValidity);
        });
    }
}
