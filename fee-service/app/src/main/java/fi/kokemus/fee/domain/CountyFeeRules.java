package fi.kokemus.fee.domain;

import java.util.Objects;

/**
 * The rules in which counties may differ.
 *
 * @param lateCancellation       cancelled by the orderer after this, the agreed fee is paid
 * @param clientNoShowPaid       a client who does not turn up still earns the expert the fee
 * @param emptyGroupSessionPaid  an agreed group session nobody came to still earns the fee
 * @param kilometreRatePaid      what the county pays per km of own car, or {@code null} for the
 *                               tax-free maximum of the year; above the maximum is taxable
 */
public record CountyFeeRules(
        String county,
        CancellationDeadline lateCancellation,
        boolean clientNoShowPaid,
        boolean emptyGroupSessionPaid,
        Money kilometreRatePaid) {

    public CountyFeeRules {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(lateCancellation, "lateCancellation");
    }

    public CountyFeeRules withKilometreRatePaid(Money rate) {
        return new CountyFeeRules(county, lateCancellation, clientNoShowPaid, emptyGroupSessionPaid, rate);
    }
}
