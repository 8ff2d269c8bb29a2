package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.actor.Actor;

/** The expert reports a session's work (again, after it was returned). */
public interface ReportWorkUseCase {

    Order report(Actor actor, SessionWorkRef work, WorkReport report);
}
