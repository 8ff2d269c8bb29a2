package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.domain.PayTotals;

/** Sums in euro cents; {@code payoutCents} is net plus tax-free reimbursements. */
record PayTotalsResponse(int lineCount, long grossCents, long withholdingCents, long netCents,
        long taxFreeReimbursementsCents, long taxableReimbursementsCents, long payoutCents) {

    static PayTotalsResponse of(PayTotals totals) {
        return new PayTotalsResponse(totals.lineCount(), totals.gross().cents(), totals.withholding().cents(),
                totals.net().cents(), totals.taxFreeReimbursements().cents(),
                totals.taxableReimbursements().cents(), totals.payout().cents());
    }
}
