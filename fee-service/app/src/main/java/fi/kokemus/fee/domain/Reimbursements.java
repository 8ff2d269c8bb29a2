package fi.kokemus.fee.domain;

import java.util.Objects;

/**
 * Travel and expense reimbursements: {@code taxFree} up to the tax-free maxima, {@code taxable}
 * what was paid above them (taxed as wages).
 */
public record Reimbursements(Money taxFree, Money taxable) {

    public static final Reimbursements NONE = new Reimbursements(Money.ZERO, Money.ZERO);

    public Reimbursements {
        Objects.requireNonNull(taxFree, "taxFree");
        Objects.requireNonNull(taxable, "taxable");
    }

    /** {@code paid}, tax-free up to {@code taxFreeMaximum}, the rest taxable. */
    public static Reimbursements of(Money paid, Money taxFreeMaximum) {
        Money taxFree = paid.min(taxFreeMaximum);
        return new Reimbursements(taxFree, paid.minus(taxFree));
    }

    public static Reimbursements taxFree(Money paid) {
        return new Reimbursements(paid, Money.ZERO);
    }

    public Reimbursements plus(Reimbursements other) {
        return new Reimbursements(taxFree.plus(other.taxFree), taxable.plus(other.taxable));
    }

    public Reimbursements negated() {
        return new Reimbursements(taxFree.negated(), taxable.negated());
    }

    public Money total() {
        return taxFree.plus(taxable);
    }
}
