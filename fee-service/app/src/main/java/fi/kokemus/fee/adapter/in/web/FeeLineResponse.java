package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.domain.ApprovedWork;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Pricing;
import java.time.LocalDate;

/**
 * @param grossCents  the gross fee in euro cents, {@code null} while pricing is required
 * @param pricingNote why the line could not be priced, {@code null} once priced
 */
record FeeLineResponse(
        String id,
        String expertId,
        String county,
        String unitId,
        String costCentre,
        String orderId,
        String assignmentId,
        String taskType,
        LocalDate earningDate,
        int occasions,
        int minutesWorked,
        FeeLineState state,
        Long grossCents,
        String currency,
        String tariffRule,
        String pricingNote) {

    static FeeLineResponse of(FeeLine line) {
        ApprovedWork work = line.work();
        Long grossCents = null;
        String tariffRule = null;
        String pricingNote = null;
        if (line.pricing() instanceof Pricing.Priced priced) {
            grossCents = priced.gross().cents();
            tariffRule = priced.tariffRule();
        } else if (line.pricing() instanceof Pricing.PricingRequired required) {
            pricingNote = required.reason();
        }
        return new FeeLineResponse(line.id().value(), work.expertId(), work.county(), work.unitId(),
                work.costCentre(), work.orderId(), work.assignmentId(), work.taskType(), work.earningDate(),
                work.occasions(), work.minutesWorked(), line.state(), grossCents, Money.CURRENCY, tariffRule,
                pricingNote);
    }
}
