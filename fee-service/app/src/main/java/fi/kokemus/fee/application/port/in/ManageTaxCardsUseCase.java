package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/**
 * Tax cards by expert and year: finance enters and reads the cards of experts paid in its county,
 * admins anyone's, an expert their own.
 * Fees are withheld by the card valid when the line is recorded; a card entered later does not
 * recompute earlier lines.
 */
public interface ManageTaxCardsUseCase {

    TaxCard enter(Actor actor, String expertId, int year, TaxCardDetails details);

    TaxCard enterOwn(Actor actor, int year, TaxCardDetails details);

    TaxCard show(Actor actor, String expertId, int year);

    TaxCard showOwn(Actor actor, int year);

    /** Experts (of the caller's county) who earned a fee in the year without a card, oldest request first. */
    List<TaxCardRequest> openRequests(Actor actor, int year);
}
