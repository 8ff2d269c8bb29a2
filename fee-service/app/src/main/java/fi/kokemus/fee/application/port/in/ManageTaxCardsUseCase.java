package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/**
 * Tax cards by expert and year: finance (and admins) enter and read anyone's, an expert their own.
 * Fees are withheld by the card valid when the line is recorded; a card entered later does not
 * recompute earlier lines.
 */
public interface ManageTaxCardsUseCase {

    TaxCard enter(Actor actor, String expertId, int year, TaxCardDetails details);

    TaxCard enterOwn(Actor actor, int year, TaxCardDetails details);

    TaxCard show(Actor actor, String expertId, int year);

    TaxCard showOwn(Actor actor, int year);

    /** Experts who earned a fee in the year without a card there, oldest request first. */
    List<TaxCardRequest> openRequests(Actor actor, int year);
}
