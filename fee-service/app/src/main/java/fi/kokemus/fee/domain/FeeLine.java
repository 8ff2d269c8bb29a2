package fi.kokemus.fee.domain;

import java.util.List;
import java.util.Objects;

/**
 * What is paid for one occurrence. A line is never edited once recorded: a mistake is corrected by
 * a reversal line (the same amounts negated) and a new line. The events a line emits are stored with
 * it in the same write.
 *
 * @see FeeLineId for how the id follows from the occurrence
 */
public final class FeeLine {

    private final FeeLineId id;
    private final Occurrence occurrence;
    private final int taxYear;
    private final FeeBasis basis;
    private final Pricing pricing;
    private final Reimbursements reimbursements;
    private final Withholding withholding;
    private final FeeLineId reverses;
    private final List<FeeLineEvent> pendingEvents;

    private FeeLine(FeeLineId id, Occurrence occurrence, int taxYear, FeeBasis basis, Pricing pricing,
            Reimbursements reimbursements, Withholding withholding, FeeLineId reverses, boolean emit) {
        this.id = Objects.requireNonNull(id, "id");
        this.occurrence = Objects.requireNonNull(occurrence, "occurrence");
        this.taxYear = taxYear;
        this.basis = Objects.requireNonNull(basis, "basis");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.reimbursements = Objects.requireNonNull(reimbursements, "reimbursements");
        this.withholding = Objects.requireNonNull(withholding, "withholding");
        this.reverses = reverses;
        this.pendingEvents = emit ? eventsOf(this) : List.of();
    }

    /**
     * Records what the rules decided for an occurrence. A line that pays something is approved for
     * payment at once; one that needs a person or pays nothing announces nothing.
     *
     * @param taxYear the year the line is paid in, whose tax card and income limit apply
     */
    public static FeeLine settle(Occurrence occurrence, int taxYear, FeeBasis basis, Pricing pricing,
            Reimbursements reimbursements, Withholding withholding) {
        if (!(pricing instanceof Pricing.Priced)
                && (!reimbursements.equals(Reimbursements.NONE) || !withholding.equals(Withholding.NONE))) {
            throw new IllegalArgumentException("Only a priced line pays reimbursements or withholds tax");
        }
        return new FeeLine(occurrence.feeLineId(), occurrence, taxYear, basis, pricing, reimbursements, withholding,
                null, true);
    }

    /** A line as stored; its events were stored with it and are not emitted again. */
    public static FeeLine restore(FeeLineId id, Occurrence occurrence, int taxYear, FeeBasis basis, Pricing pricing,
            Reimbursements reimbursements, Withholding withholding, FeeLineId reverses) {
        return new FeeLine(id, occurrence, taxYear, basis, pricing, reimbursements, withholding, reverses, false);
    }

    /**
     * A new line cancelling this one: every amount negated, announced to finance.
     *
     * @param taxYear the year the reversal is paid back in, which may be later than this line's: what
     *                was paid and reported for a year stays as it was
     */
    public FeeLine reversal(int taxYear) {
        if (state() != FeeLineState.PRICED || basis == FeeBasis.REVERSAL) {
            throw new IllegalStateException("Only an approved line can be reversed, not " + id);
        }
        Pricing.Priced priced = (Pricing.Priced) pricing;
        return new FeeLine(id.reversal(), occurrence, taxYear, FeeBasis.REVERSAL,
                new Pricing.Priced(priced.gross().negated(), priced.tariffRule()), reimbursements.negated(),
                withholding.negated(), id, true);
    }

    /**
     * A new line for the same occurrence with the amounts a person decided: announced if it pays
     * something. It does not cancel this line; a paid line is cancelled by its
     * {@link #reversal(int) reversal}.
     */
    public FeeLine replacedBy(FeeLineId replacementId, int taxYear, Pricing.Priced pricing,
            Reimbursements reimbursements, Withholding withholding) {
        if (basis == FeeBasis.REVERSAL) {
            throw new IllegalStateException("A reversal is not replaced, the line it reverses is: " + id);
        }
        return new FeeLine(replacementId, occurrence, taxYear, basis, pricing, reimbursements, withholding, null,
                true);
    }

    private static List<FeeLineEvent> eventsOf(FeeLine line) {
        if (line.state() != FeeLineState.PRICED) {
            return List.of();
        }
        return List.of(line.basis == FeeBasis.REVERSAL ? new FeeLineReversed(line) : new FeeLineApproved(line));
    }

    public FeeLineState state() {
        if (pricing instanceof Pricing.PricingRequired) {
            return FeeLineState.PRICING_REQUIRED;
        }
        boolean paysSomething = gross().cents() != 0 || reimbursements.total().cents() != 0;
        return pricing instanceof Pricing.Priced && paysSomething ? FeeLineState.PRICED : FeeLineState.NOT_PAYABLE;
    }

    public Money gross() {
        return pricing instanceof Pricing.Priced priced ? priced.gross() : Money.ZERO;
    }

    /** The gross fee and the taxable reimbursements: what withholding and the Incomes Register see. */
    public Money taxableIncome() {
        return gross().plus(reimbursements.taxable());
    }

    /** The taxable income after withholding. */
    public Money net() {
        return taxableIncome().minus(withholding.amount());
    }

    /** What reaches the expert's account: the net and the tax-free reimbursements. */
    public Money payout() {
        return net().plus(reimbursements.taxFree());
    }

    public IncomeType incomeType() {
        return IncomeType.of(occurrence.taskType());
    }

    public FeeLineId id() {
        return id;
    }

    public Occurrence occurrence() {
        return occurrence;
    }

    /**
     * The calendar year the line is paid in (its payment batch's), not the year the work was done:
     * wage withholding, a tax card and its income limit follow the payment date.
     */
    public int taxYear() {
        return taxYear;
    }

    public FeeBasis basis() {
        return basis;
    }

    public Pricing pricing() {
        return pricing;
    }

    public Reimbursements reimbursements() {
        return reimbursements;
    }

    public Withholding withholding() {
        return withholding;
    }

    /** The line this one reverses, or {@code null}. */
    public FeeLineId reverses() {
        return reverses;
    }

    public String county() {
        return occurrence.county();
    }

    /** Events raised since the line was created or restored. */
    public List<FeeLineEvent> pendingEvents() {
        return pendingEvents;
    }
}
