package fi.kokemus.fee.contract;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A county's monthly payment batch was closed: its lines are frozen and payroll may pay them on
 * {@code paymentDate}. The totals are the sums of the batch's lines (reversals count negative), in
 * euro cents; the rows themselves are read from the batch's payroll export.
 *
 * @param batchId                    {@code <county>/<YYYY-MM>}, also the message key
 * @param month                      the payment month, {@code YYYY-MM}
 * @param cutOff                     lines recorded before this instant (the end of the county's
 *                                   report day, Finnish time) and after the previous batch's cut-off
 *                                   belong to the batch
 * @param netCents                   gross fees plus taxable reimbursements minus withholding
 * @param payoutCents                net plus tax-free reimbursements: what reaches the experts' accounts
 */
public record BatchClosed(
        String batchId,
        String county,
        String month,
        LocalDate paymentDate,
        Instant cutOff,
        Instant closedAt,
        int lineCount,
        long grossCents,
        long withholdingCents,
        long netCents,
        long taxFreeReimbursementsCents,
        long taxableReimbursementsCents,
        long payoutCents,
        String currency) {
}
