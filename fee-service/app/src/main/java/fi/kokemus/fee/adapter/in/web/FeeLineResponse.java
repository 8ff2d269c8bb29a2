package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.IncomeType;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.Pricing;
import java.time.LocalDate;

/**
 * @param earningDate the earning period: the session's Finnish date
 * @param taxYear     the year the line is paid in, whose tax card and income limit it counts against
 * @param grossCents  the gross fee in euro cents, {@code null} while pricing is required
 * @param pricingNote why the line could not be priced or pays nothing, {@code null} once priced
 * @param netCents    gross fee plus taxable reimbursements minus withholding
 * @param payoutCents what reaches the expert's account: net plus tax-free reimbursements
 */
record FeeLineResponse(
        String id,
        String expertId,
        String county,
        String unitId,
        String costCentre,
        String orderId,
        String assignmentId,
        String sessionId,
        String taskType,
        LocalDate earningDate,
        int taxYear,
        int occasions,
        int minutesWorked,
        FeeBasis basis,
        FeeLineState state,
        Long grossCents,
        String currency,
        String tariffRule,
        String pricingNote,
        IncomeType incomeType,
        long taxFreeReimbursementsCents,
        long taxableReimbursementsCents,
        long withholdingCents,
        String withholdingRule,
        long netCents,
        long payoutCents,
        String reverses) {

    static FeeLineResponse of(FeeLine line) {
        Occurrence occurrence = line.occurrence();
        Long grossCents = null;
        String tariffRule = null;
        String pricingNote = null;
        if (line.pricing() instanceof Pricing.Priced priced) {
            grossCents = priced.gross().cents();
            tariffRule = priced.tariffRule();
        } else if (line.pricing() instanceof Pricing.PricingRequired required) {
            pricingNote = required.reason();
        } else if (line.pricing() instanceof Pricing.NotPayable notPayable) {
            pricingNote = notPayable.reason();
        }
        return new FeeLineResponse(line.id().value(), occurrence.expertId(), occurrence.county(),
                occurrence.unitId(), occurrence.costCentre(), occurrence.orderId(), occurrence.assignmentId(),
                occurrence.sessionId(), occurrence.taskType(), occurrence.earningDate(), line.taxYear(),
                occurrence.occasions(), occurrence.minutesWorked(), line.basis(), line.state(), grossCents, Money.CURRENCY, tariffRule,
                pricingNote, line.incomeType(), line.reimbursements().taxFree().cents(),
                line.reimbursements().taxable().cents(), line.withholding().amount().cents(),
                line.withholding().rule(), line.net().cents(), line.payout().cents(),
                line.reverses() == null ? null : line.reverses().value());
    }
}
