package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.platform.actor.Actor;

/** One fee line, for finance and coordinators of its county and admins. */
public interface GetFeeLineUseCase {

    FeeLine get(Actor actor, FeeLineId id);
}
