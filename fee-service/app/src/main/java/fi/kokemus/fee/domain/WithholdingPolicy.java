package fi.kokemus.fee.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Withholding on taxable income by the expert's tax card for the year: the base percent up to the
 * card's income limit (counting what was earned earlier in the year), the additional percent above
 * it, the two parts summed exactly and rounded half-up to the cent once. Without a card, 60 %.
 */
public final class WithholdingPolicy {

    public static final BigDecimal WITHOUT_TAX_CARD_PERCENT = BigDecimal.valueOf(60);

    private WithholdingPolicy() {
    }

    public static Withholding withhold(Money income, Optional<TaxCard> card, Money earnedBefore) {
        if (!income.isPositive()) {
            return Withholding.NONE;
        }
        if (card.isEmpty()) {
            return new Withholding(Money.roundHalfUp(income.exactPercent(WITHOUT_TAX_CARD_PERCENT)),
                    "no tax card: " + WITHOUT_TAX_CARD_PERCENT.toPlainString() + " %");
        }
        TaxCard taxCard = card.get();
        Money roomBelowLimit = taxCard.incomeLimit().minus(earnedBefore).max(Money.ZERO);
        Money belowLimit = income.min(roomBelowLimit);
        Money aboveLimit = income.minus(belowLimit);
        BigDecimal exact = belowLimit.exactPercent(taxCard.withholdingPercent())
                .add(aboveLimit.exactPercent(taxCard.additionalPercent()));
        return new Withholding(Money.roundHalfUp(exact), "tax-card " + taxCard.year() + ": "
                + taxCard.withholdingPercent().toPlainString() + " % on " + belowLimit.cents() + " c, "
                + taxCard.additionalPercent().toPlainString() + " % on " + aboveLimit.cents() + " c above the limit");
    }
}
