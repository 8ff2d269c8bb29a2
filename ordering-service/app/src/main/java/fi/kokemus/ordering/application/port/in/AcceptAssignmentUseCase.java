package fi.kokemus.ordering.application.port.in;

import fi.kokemus.platform.actor.Actor;

/** The expert the order was offered to accepts it. */
public interface AcceptAssignmentUseCase {

    AssignedOrder accept(Actor actor, AssignmentCommand command);
}
