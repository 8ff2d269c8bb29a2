package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.EarningsLimit;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.YearOfEarnings;
import fi.kokemus.platform.actor.Actor;

/** An expert's own fees and reimbursements next to the earnings limit they follow. */
public interface ExpertEarningsUseCase {

    YearOfEarnings showOwn(Actor actor, int year);

    /** @param annual {@code null} for none; {@code monthly} likewise, but not both */
    EarningsLimit setOwnLimit(Actor actor, int year, Money annual, Money monthly);
}
