package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/** Fee lines of a county and earning period, for finance, the county's coordinators and admins. */
public interface ListFeeLinesUseCase {

    List<FeeLine> list(Actor actor, FeeLineQuery query);
}
