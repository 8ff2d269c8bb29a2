package fi.kokemus.fee.domain;

import java.util.Collection;

/**
 * The sums of a set of fee lines, each amount summed exactly in cents (reversals count negative),
 * so any group of lines reconciles to the lines themselves.
 */
public record PayTotals(int lineCount, Money gross, Money withholding, Money net, Money taxFreeReimbursements,
        Money taxableReimbursements, Money payout) {

    public static final PayTotals NONE = new PayTotals(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO, Money.ZERO);

    public static PayTotals of(FeeLine line) {
        return new PayTotals(1, line.gross(), line.withholding().amount(), line.net(),
                line.reimbursements().taxFree(), line.reimbursements().taxable(), line.payout());
    }

    public static PayTotals sum(Collection<FeeLine> lines) {
        return lines.stream().map(PayTotals::of).reduce(NONE, PayTotals::plus);
    }

    public PayTotals plus(PayTotals other) {
        return new PayTotals(Math.addExact(lineCount, other.lineCount), gross.plus(other.gross),
                withholding.plus(other.withholding), net.plus(other.net),
                taxFreeReimbursements.plus(other.taxFreeReimbursements),
                taxableReimbursements.plus(other.taxableReimbursements), payout.plus(other.payout));
    }

    /** What earnings limits and withholding count: gross fees and taxable reimbursements. */
    public Money taxableIncome() {
        return gross.plus(taxableReimbursements);
    }
}
