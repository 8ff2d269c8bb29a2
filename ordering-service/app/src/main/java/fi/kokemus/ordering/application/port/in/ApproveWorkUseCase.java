package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;

/** An orderer of the unit approves a reported session: the fact fees are paid from. */
public interface ApproveWorkUseCase {

    Order approve(Actor actor, SessionWorkRef work);
}
