package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.ManageTaxCardsUseCase;
import fi.kokemus.fee.application.port.in.TaxCardDetails;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;

public class ManageTaxCardsService implements ManageTaxCardsUseCase {

    private static final Role[] FINANCE = {Role.FINANCE, Role.ADMIN};

    private final TaxCardRepository taxCards;
    private final FeeLineRepository feeLines;

    public ManageTaxCardsService(TaxCardRepository taxCards, FeeLineRepository feeLines) {
        this.taxCards = taxCards;
        this.feeLines = feeLines;
    }

    @Override
    public TaxCard enter(Actor actor, String expertId, int year, TaxCardDetails details) {
        requireFinanceOf(actor, expertId);
        return save(actor, expertId, year, details);
    }

    @Override
    public TaxCard enterOwn(Actor actor, int year, TaxCardDetails details) {
        actor.requireAny(Role.EXPERT);
        return save(actor, ownExpertId(actor), year, details);
    }

    @Override
    public TaxCard show(Actor actor, String expertId, int year) {
        requireFinanceOf(actor, expertId);
        return find(expertId, year);
    }

    @Override
    public TaxCard showOwn(Actor actor, int year) {
        actor.requireAny(Role.EXPERT);
        return find(ownExpertId(actor), year);
    }

    @Override
    public List<TaxCardRequest> openRequests(Actor actor, int year) {
        actor.requireAny(FINANCE);
        return taxCards.requestsOf(year).stream()
                .filter(request -> isFinanceOf(actor, request.expertId()))
                .filter(request -> taxCards.find(request.expertId(), year).isEmpty())
                .toList();
    }

    /** A tax card is personal: finance handles the cards of experts paid in its own county. */
    private void requireFinanceOf(Actor actor, String expertId) {
        actor.requireAny(FINANCE);
        if (!isFinanceOf(actor, expertId)) {
            throw DomainProblem.forbidden("other-county", "The expert has no fees in your county");
        }
    }

    private boolean isFinanceOf(Actor actor, String expertId) {
        return actor.has(Role.ADMIN) || actor.county() != null && feeLines.hasLineInCounty(expertId, actor.county());
    }

    private TaxCard save(Actor actor, String expertId, int year, TaxCardDetails details) {
        TaxCard card = new TaxCard(expertId, year, details.withholdingPercent(), details.additionalPercent(),
                Money.ofCents(details.incomeLimitCents()));
        taxCards.save(card, actor.username());
        return card;
    }

    private TaxCard find(String expertId, int year) {
        return taxCards.find(expertId, year).orElseThrow(() -> DomainProblem.notFound("tax-card-not-found",
                "No tax card of " + expertId + " for " + year));
    }

    /** Fee-service learns an expert's account from their first fee, which is also when a card is asked for. */
    private String ownExpertId(Actor actor) {
        return feeLines.expertIdOf(actor.username()).orElseThrow(() -> DomainProblem.conflict("no-fees-yet",
                "Your tax card can be entered once your first fee has arrived"));
    }
}
