package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.CountyFeeRules;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FinnishCalendar;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.fee.domain.TravelClaim;
import fi.kokemus.fee.domain.TravelPolicy;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.fee.domain.TravelRates;
import fi.kokemus.fee.domain.Withholding;
import fi.kokemus.fee.domain.WithholdingPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Completes a priced occurrence with its reimbursements and withholding and records it once: the
 * line id follows from the occurrence, so a fact that arrives again finds its line and adds nothing.
 * A line is taxed in the year of the payment batch it joins now, which is the next year for work
 * recorded after December's cut-off.
 */
class FeeLineRecorder {

    private final FeeLineRepository feeLines;
    private final TaxCardRepository taxCards;
    private final TravelRateTable travelRates;
    private final PaymentSchedules schedules;
    private final Clock clock;

    FeeLineRecorder(FeeLineRepository feeLines, TaxCardRepository taxCards, TravelRateTable travelRates,
            PaymentSchedules schedules, Clock clock) {
        this.feeLines = feeLines;
        this.taxCards = taxCards;
        this.travelRates = travelRates;
        this.schedules = schedules;
        this.clock = clock;
    }

    PricingOutcome record(Occurrence occurrence, FeeBasis basis, Pricing pricing, TravelClaim travel,
            CountyFeeRules rules) {
        if (feeLines.find(occurrence.feeLineId()).isPresent()) {
            return PricingOutcome.ALREADY_RECORDED;
        }
        FeeLine line = settle(occurrence, basis, pricing, travel, rules);
        return feeLines.addIfAbsent(line) ? PricingOutcome.RECORDED : PricingOutcome.ALREADY_RECORDED;
    }

    private FeeLine settle(Occurrence occurrence, FeeBasis basis, Pricing pricing, TravelClaim travel,
            CountyFeeRules rules) {
        int taxYear = taxYearOfLineRecordedNow(occurrence.county());
        if (!(pricing instanceof Pricing.Priced)) {
            return FeeLine.settle(occurrence, taxYear, basis, pricing, Reimbursements.NONE, Withholding.NONE);
        }
        if (travel.spansMoreThanADay()) {
            return unpriced(occurrence, taxYear, basis, "A trip over 24 hours needs a person to reckon its per diems");
        }
        Optional<TravelRates> rates = travelRates.ratesOn(occurrence.earningDate());
        if (rates.isEmpty() && !travel.equals(TravelClaim.NONE)) {
            return unpriced(occurrence, taxYear, basis, "No travel rates are known for " + occurrence.earningDate());
        }
        Reimbursements reimbursements = rates.map(known -> TravelPolicy.reimburse(travel, known, rules))
                .orElse(Reimbursements.NONE);
        Money taxableIncome = ((Pricing.Priced) pricing).gross().plus(reimbursements.taxable());
        return FeeLine.settle(occurrence, taxYear, basis, pricing, reimbursements,
                withholding(occurrence, taxYear, taxableIncome));
    }

    /** The calendar year of the county's payment batch that a line recorded now joins. */
    int taxYearOfLineRecordedNow(String county) {
        return schedules.of(county).paymentMonthOf(clock.instant()).getYear();
    }

    /** By the expert's tax card of the tax year and the income already recorded in it. */
    Withholding withholding(Occurrence occurrence, int taxYear, Money taxableIncome) {
        if (!taxableIncome.isPositive()) {
            return Withholding.NONE;
        }
        Optional<TaxCard> card = taxCards.find(occurrence.expertId(), taxYear);
        if (card.isEmpty()) {
            // Asked before the line is stored, so a crash in between still leaves the request.
            LocalDate today = FinnishCalendar.dateOf(clock.instant());
            taxCards.addRequestIfAbsent(TaxCardRequest.forFirstFee(occurrence, taxYear, today));
        }
        return WithholdingPolicy.withhold(taxableIncome, card,
                feeLines.taxableIncomeOf(occurrence.expertId(), taxYear));
    }

    private static FeeLine unpriced(Occurrence occurrence, int taxYear, FeeBasis basis, String reason) {
        return FeeLine.settle(occurrence, taxYear, basis, new Pricing.PricingRequired(reason), Reimbursements.NONE,
                Withholding.NONE);
    }
}
