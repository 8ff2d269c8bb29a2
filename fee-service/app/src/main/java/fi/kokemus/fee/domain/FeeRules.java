package fi.kokemus.fee.domain;

import java.time.Instant;

/** Whether an occurrence earns a fee and how much, before reimbursements and withholding. */
public final class FeeRules {

    private FeeRules() {
    }

    public static Pricing forWork(Occurrence occurrence, WorkReport report, TariffHistory tariffs,
            CountyFeeRules rules) {
        if (report.peerSupport()) {
            return new Pricing.Priced(Money.ZERO, "peer-support/travel-only");
        }
        if (report.result() == SessionResult.CLIENT_NO_SHOW && !rules.clientNoShowPaid()) {
            return new Pricing.Priced(Money.ZERO, rules.county() + "/client-no-show/no-fee");
        }
        if (report.result() == SessionResult.NO_PARTICIPANTS && !rules.emptyGroupSessionPaid()) {
            return new Pricing.Priced(Money.ZERO, rules.county() + "/no-participants/no-fee");
        }
        if (report.feeWaived()) {
            return new Pricing.Priced(Money.ZERO, "fee-waived/reimbursements-only");
        }
        Pricing tariff = PricingPolicy.price(occurrence, tariffs);
        if (report.reducedFee() == null || !(tariff instanceof Pricing.Priced priced)
                || report.reducedFee().cents() >= priced.gross().cents()) {
            return tariff;
        }
        return new Pricing.Priced(report.reducedFee(), priced.tariffRule() + "/reduced-by-expert");
    }

    /**
     * An orderer's cancellation: the agreed fee for the planned occasion when it came after the
     * county's deadline, nothing before it. Peer support earns no fee, and nothing was travelled.
     */
    public static Pricing forOrderCancellation(Occurrence planned, boolean peerSupport, Instant cancelledAt,
            Instant startsAt, TariffHistory tariffs, CountyFeeRules rules) {
        if (peerSupport) {
            return new Pricing.NotPayable("Peer support earns no fee");
        }
        CancellationDeadline deadline = rules.lateCancellation();
        if (!deadline.isMissedBy(cancelledAt, startsAt)) {
            return new Pricing.NotPayable("Cancelled by the deadline " + deadline.forSessionAt(startsAt));
        }
        Pricing tariff = PricingPolicy.price(planned, tariffs);
        return tariff instanceof Pricing.Priced priced
                ? new Pricing.Priced(priced.gross(), priced.tariffRule() + "/late-cancellation")
                : tariff;
    }
}
