package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Objects;

/**
 * What the approved report of one session says about the fee.
 *
 * @param peerSupport the work was ordered as peer support, which earns no fee (travel only)
 * @param feeWaived   the expert declined the fee (reimbursements only)
 * @param reducedFee  a lower fee the expert asked for, or {@code null} for the agreed fee
 */
public record WorkReport(SessionResult result, boolean peerSupport, boolean feeWaived, Money reducedFee,
        TravelClaim travel) {

    public WorkReport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(travel, "travel");
        if (reducedFee != null && reducedFee.isNegative()) {
            throw DomainProblem.invalid("invalid-work", "A reduced fee cannot be negative", "reducedFeeCents");
        }
    }
}
