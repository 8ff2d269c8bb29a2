package fi.kokemus.ordering.application.port.in;

import fi.kokemus.platform.actor.Actor;

/** A coordinator of the order's county offers the order to an expert ordering knows from the registry. */
public interface AssignExpertUseCase {

    AssignedOrder assign(Actor actor, AssignExpertCommand command);
}
