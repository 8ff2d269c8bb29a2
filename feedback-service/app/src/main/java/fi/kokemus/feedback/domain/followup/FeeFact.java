package fi.kokemus.feedback.domain.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One fee line fee-service announced, in euro cents; a reversal is a line of its own with every
 * amount negative, so sums subtract it by themselves.
 *
 * @param earningDate the session's Finnish date
 */
public record FeeFact(String feeLineId, String county, String expertId, String taskType, LocalDate earningDate,
        long grossCents, long reimbursementsCents, String reversesFeeLineId) {

    public FeeFact {
        Objects.requireNonNull(feeLineId, "feeLineId");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(earningDate, "earningDate");
    }

    public boolean reversal() {
        return reversesFeeLineId != null;
    }
}
