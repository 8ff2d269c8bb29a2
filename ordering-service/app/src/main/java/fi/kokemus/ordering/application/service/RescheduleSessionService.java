package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.RescheduleSessionCommand;
import fi.kokemus.ordering.application.port.in.RescheduleSessionUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class RescheduleSessionService implements RescheduleSessionUseCase {

    private final OrderUpdater updater;
    private final Calendars calendars;

    public RescheduleSessionService(OrderRepository orders, Calendars calendars, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
        this.calendars = calendars;
    }

    @Override
    public Order reschedule(Actor actor, RescheduleSessionCommand command) {
        actor.requireAny(Role.ORDERER, Role.COORDINATOR);
        return updater.apply(command.orderId(), (order, now) -> {
            OrderAccess.requireOrderingUnitOrCoordinatorOf(actor, order);
            order.reschedule(command.sessionId(), command.startsAt(), command.durationMinutes(),
                    calendars.ofCommitted(order, now), actor.username(), now);
        });
    }
}
