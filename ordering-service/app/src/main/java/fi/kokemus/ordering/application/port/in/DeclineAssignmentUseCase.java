package fi.kokemus.ordering.application.port.in;

import fi.kokemus.platform.actor.Actor;

/** The expert the order was offered to declines it; the order waits for another offer. */
public interface DeclineAssignmentUseCase {

    AssignedOrder decline(Actor actor, DeclineAssignmentCommand command);
}
