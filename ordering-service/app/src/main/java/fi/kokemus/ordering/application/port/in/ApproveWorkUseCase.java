package fi.kokemus.ordering.application.port.in;

import fi.kokemus.platform.actor.Actor;

/** An orderer of the unit that placed the order approves the reported work: the fact fees are paid from. */
public interface ApproveWorkUseCase {

    AssignedOrder approve(Actor actor, AssignmentCommand command);
}
