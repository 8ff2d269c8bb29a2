package fi.kokemus.feedback.domain.followup;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fees of the period in euro cents, exact sums of fee-service's events: what the work of the period
 * earned (fee lines by their earning date, reversals subtracting), and what the county's payment
 * batches paid out on payment dates in the period.
 */
public record FeeSummary(Earned earned, PaidOut paidOut) {

    /**
     * @param lines               fee lines, reversals included
     * @param reimbursementsCents travel and expenses, tax-free and taxable
     */
    public record Earned(int lines, int reversals, long grossCents, long reimbursementsCents,
            List<ByTaskType> byTaskType) {
    }

    /** Gross fees of one task type, largest first. */
    public record ByTaskType(String taskType, long grossCents) {
    }

    public record PaidOut(int batches, int lines, long grossCents, long payoutCents) {
    }

    public static FeeSummary of(Collection<FeeFact> lines, Collection<PaymentBatch> batches) {
        Map<String, Long> byTaskType = new TreeMap<>();
        lines.forEach(line -> byTaskType.merge(line.taskType(), line.grossCents(), Long::sum));
        return new FeeSummary(
                new Earned(lines.size(), (int) lines.stream().filter(FeeFact::reversal).count(),
                        lines.stream().mapToLong(FeeFact::grossCents).sum(),
                        lines.stream().mapToLong(FeeFact::reimbursementsCents).sum(),
                        byTaskType.entrySet().stream().map(entry -> new ByTaskType(entry.getKey(), entry.getValue()))
                                .sorted(Comparator.comparingLong(ByTaskType::grossCents).reversed()
                                        .thenComparing(ByTaskType::taskType))
                                .toList()),
                new PaidOut(batches.size(), batches.stream().mapToInt(PaymentBatch::lineCount).sum(),
                        batches.stream().mapToLong(PaymentBatch::grossCents).sum(),
                        batches.stream().mapToLong(PaymentBatch::payoutCents).sum()));
    }
}
