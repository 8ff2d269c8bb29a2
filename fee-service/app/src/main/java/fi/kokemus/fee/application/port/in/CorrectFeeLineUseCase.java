package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.platform.actor.Actor;

/**
 * Finance of the line's county (or an admin) prices a line no tariff could price, or corrects an
 * approved line by a reversal and a new line. A line is decided about once.
 */
public interface CorrectFeeLineUseCase {

    FeeLineDecision decide(Actor actor, FeeLineId line, FeeCorrection.Kind kind, FeeDecisionDetails details);

    /** The decision about the line, for finance and coordinators of its county and admins. */
    FeeLineDecision show(Actor actor, FeeLineId line);
}
