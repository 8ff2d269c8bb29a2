package fi.kokemus.feedback.domain.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A county's closed monthly payment batch: what payroll pays on {@code paymentDate}, in euro cents.
 *
 * @param payoutCents net fees plus tax-free reimbursements: what reaches the experts' accounts
 */
public record PaymentBatch(String batchId, String county, LocalDate paymentDate, int lineCount, long grossCents,
        long payoutCents) {

    public PaymentBatch {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(paymentDate, "paymentDate");
    }
}
