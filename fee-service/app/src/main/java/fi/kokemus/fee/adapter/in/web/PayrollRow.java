package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.Occurrence;
import java.time.LocalDate;

/**
 * One line as payroll pays it. Fee-service does not know experts' names: payroll finds the person
 * by {@code expertId}. A reversal is a row of its own with every amount negative.
 *
 * @param earningDate the earning period (the session's Finnish date)
 * @param taxYear     the year the line is paid and taxed in
 */
record PayrollRow(String feeLineId, String expertId, LocalDate earningDate, int taxYear, String incomeType,
        String basis, long grossCents, long withholdingCents, long netCents, long taxFreeReimbursementsCents,
        long taxableReimbursementsCents, long payoutCents, String costCentre, String unitId, String orderId,
        String assignmentId, String sessionId, String reversesFeeLineId) {

    static PayrollRow of(FeeLine line) {
        Occurrence occurrence = line.occurrence();
        return new PayrollRow(line.id().value(), occurrence.expertId(), occurrence.earningDate(), line.taxYear(),
                line.incomeType().name(), line.basis().name(), line.gross().cents(), line.withholding().amount().cents(),
                line.net().cents(), line.reimbursements().taxFree().cents(), line.reimbursements().taxable().cents(),
                line.payout().cents(), occurrence.costCentre(), occurrence.unitId(), occurrence.orderId(),
                occurrence.assignmentId(), occurrence.sessionId(),
                line.reverses() == null ? null : line.reverses().value());
    }
}
