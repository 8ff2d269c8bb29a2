package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;

/** An orderer of the unit returns a reported session to the expert with a comment. */
public interface ReturnWorkUseCase {

    Order returnWork(Actor actor, SessionWorkRef work, String comment);
}
