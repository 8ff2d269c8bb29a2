package fi.kokemus.fee.contract;

import java.time.LocalDate;

/**
 * A fee line was approved for payment, or (as {@code fee.fee-reversed}) an approved line was reversed,
 * every amount negated. Money is in euro cents; a line is never changed after it was announced.
 *
 * @param tariffRule                 which tariff row or rule priced it, e.g.
 *                                   {@code keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01}
 * @param sessionId                  the session paid for (one line per expert and session)
 * @param basis                      what settled it: {@code APPROVED_WORK}, {@code LATE_CANCELLATION} or
 *                                   {@code REVERSAL}
 * @param earningDate                the earning period: the Finnish local date of the session
 * @param incomeType                 Incomes Register income type: {@code MEETING_FEE}, {@code LECTURE_FEE}
 *                                   or {@code OTHER_WAGE}
 * @param withholdingCents           tax withheld from the gross fee and the taxable reimbursements
 * @param withholdingRule            how it was withheld, e.g. {@code no tax card: 60 %}
 * @param netCents                   gross fee plus taxable reimbursements minus withholding
 * @param taxFreeReimbursementsCents travel and expenses up to the tax-free maxima
 * @param taxableReimbursementsCents reimbursements above the tax-free maxima, taxed as wages
 * @param reversesFeeLineId          the line a reversal cancels, {@code null} otherwise
 */
public record FeeApproved(
        String feeLineId,
        String expertId,
        String county,
        String unitId,
        String costCentre,
        String orderId,
        String assignmentId,
        String taskType,
        LocalDate earningDate,
        int occasions,
        long grossCents,
        String currency,
        String tariffRule,
        String sessionId,
        String basis,
        int minutesWorked,
        String incomeType,
        long withholdingCents,
        String withholdingRule,
        long netCents,
        long taxFreeReimbursementsCents,
        long taxableReimbursementsCents,
        String reversesFeeLineId) {
}
