package fi.kokemus.ordering.application.port.in;

import fi.kokemus.platform.actor.Actor;

/** The expert who accepted reports the work done. */
public interface ReportWorkUseCase {

    AssignedOrder report(Actor actor, ReportWorkCommand command);
}
