package fi.kokemus.ordering.domain;

import java.time.LocalDate;

/** The client's consent to one-to-one work with an expert, as the unit recorded it. */
public record ClientConsent(LocalDate givenOn, String recordedBy) {

    public ClientConsent {
        Checks.required(givenOn, "consent.givenOn");
        recordedBy = Checks.text(recordedBy, "consent.recordedBy", 200);
    }
}
