package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's decision about a recorded line, kept as its audit record: who decided what and why.
 * A line waiting for a person ({@link Kind#PRICING}) is replaced by a priced line; an approved line
 * ({@link Kind#CORRECTION}) is reversed and replaced. The line itself is never edited, and one line
 * is decided about at most once (the replacement can be corrected in turn).
 *
 * @param line            the line decided about
 * @param gross           the gross fee decided; withholding is computed by the expert's tax card
 * @param reimbursements  the travel and expense reimbursements decided
 * @param reason          why, in the deciding person's words
 * @param decidedBy       the deciding person's username
 */
public record FeeCorrection(FeeLineId line, Kind kind, Money gross, Reimbursements reimbursements, String reason,
        String decidedBy, Instant decidedAt) {

    static final int REASON_MAX_LENGTH = 500;

    /** What the decision does to the line. */
    public enum Kind {
        /** Prices a line no tariff or rule could price; nothing was paid or announced for it. */
        PRICING,
        /** Reverses an approved line and pays the corrected amounts on a new line. */
        CORRECTION
    }

    public FeeCorrection {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        requireNotNegative(gross, "grossCents");
        Objects.requireNonNull(reimbursements, "reimbursements");
        requireNotNegative(reimbursements.taxFree(), "taxFreeReimbursementsCents");
        requireNotNegative(reimbursements.taxable(), "taxableReimbursementsCents");
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.invalid("reason-required", "Say why the line is decided this way", "reason");
        }
        if (reason.length() > REASON_MAX_LENGTH) {
            throw DomainProblem.invalid("reason-too-long",
                    "A reason has at most " + REASON_MAX_LENGTH + " characters", "reason");
        }
    }

    /**
     * A decision of the given kind about {@code decided}, refused unless the line is in the state
     * that kind is for.
     */
    public static FeeCorrection about(FeeLine decided, Kind kind, Money gross, Reimbursements reimbursements,
            String reason, String decidedBy, Instant decidedAt) {
        if (kind == Kind.PRICING && decided.state() != FeeLineState.PRICING_REQUIRED) {
            throw DomainProblem.conflict("fee-line-not-pricing-required",
                    "Line " + decided.id() + " is " + decided.state() + ", not waiting to be priced");
        }
        if (kind == Kind.CORRECTION
                && (decided.state() != FeeLineState.PRICED || decided.basis() == FeeBasis.REVERSAL)) {
            throw DomainProblem.conflict("fee-line-not-approved",
                    "Only an approved line can be corrected; line " + decided.id() + " is "
                            + (decided.basis() == FeeBasis.REVERSAL ? "a reversal" : decided.state()));
        }
        return new FeeCorrection(decided.id(), kind, gross, reimbursements, reason, decidedBy, decidedAt);
    }

    /** The reversal of the decided line, or {@code null} when nothing was paid to reverse. */
    public FeeLineId reversal() {
        return kind == Kind.CORRECTION ? line.reversal() : null;
    }

    /** The new line carrying the decided amounts. */
    public FeeLineId replacement() {
        return line.nextRevision();
    }

    /** How the replacement's fee was priced, as its tariff rule. */
    public Pricing.Priced pricing() {
        return new Pricing.Priced(gross, "decided by " + decidedBy);
    }

    private static void requireNotNegative(Money amount, String field) {
        if (amount == null || amount.isNegative()) {
            throw DomainProblem.invalid("invalid-amount", field + " must be zero or more cents", field);
        }
    }
}
