package fi.kokemus.ordering.contract;

import java.time.Instant;
import java.util.List;

/** The county coordinator proposed candidates for an order; the ordering unit chooses among them. */
public record CandidatesProposed(
        String orderId,
        String county,
        String unitId,
        List<String> expertIds,
        String proposedBy,
        Instant proposedAt) {
}
