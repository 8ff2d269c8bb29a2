package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;

/** The unit or the coordinator moves a session to a time agreed with the experts. */
public interface RescheduleSessionUseCase {

    Order reschedule(Actor actor, RescheduleSessionCommand command);
}
