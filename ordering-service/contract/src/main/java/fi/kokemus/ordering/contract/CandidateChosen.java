package fi.kokemus.ordering.contract;

import java.time.Instant;

/** The ordering unit chose a proposed candidate; an offer to that expert follows. */
public record CandidateChosen(
        String orderId,
        String county,
        String unitId,
        String expertId,
        String chosenBy,
        Instant chosenAt) {
}
