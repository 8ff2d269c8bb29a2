package fi.kokemus.fee.domain;

import java.time.LocalDate;

/**
 * Finance must ask the expert for a tax card for {@code year}: a fee arrived without one.
 *
 * @param firstFeeLine the line that found no card
 */
public record TaxCardRequest(String expertId, String expertUsername, int year, FeeLineId firstFeeLine,
        LocalDate requestedOn) {

    public String id() {
        return expertId + "/" + year;
    }
}
