package fi.kokemus.fee.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Finance must ask the expert for a tax card for {@code year}.
 *
 * @param firstFeeLine the line that found no card, {@code null} for a new year's request
 */
public record TaxCardRequest(String expertId, String expertUsername, int year, Reason reason,
        FeeLineId firstFeeLine, LocalDate requestedOn) {

    public enum Reason {
        /** A fee arrived and the expert has no card for its year. */
        FIRST_FEE_WITHOUT_CARD,
        /** The expert was paid last year and has no card for the new one yet (asked each January). */
        NEW_YEAR
    }

    public TaxCardRequest {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedOn, "requestedOn");
    }

    /** @param taxYear the year the fee is paid in, whose card is missing */
    public static TaxCardRequest forFirstFee(Occurrence occurrence, int taxYear, LocalDate today) {
        return new TaxCardRequest(occurrence.expertId(), occurrence.expertUsername(), taxYear,
                Reason.FIRST_FEE_WITHOUT_CARD, occurrence.feeLineId(), today);
    }

    public static TaxCardRequest forNewYear(ExpertAccount expert, int year, LocalDate today) {
        return new TaxCardRequest(expert.expertId(), expert.username(), year, Reason.NEW_YEAR, null, today);
    }

    public String id() {
        return expertId + "/" + year;
    }
}
