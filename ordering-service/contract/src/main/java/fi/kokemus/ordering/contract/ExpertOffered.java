package fi.kokemus.ordering.contract;

import java.time.Instant;

/**
 * The order was offered to an expert, who may accept or decline it until {@code respondBy}.
 *
 * @param expertUsername login name of the expert's account (an account id, not a contact detail)
 * @param startsAt       start of the order's first session
 * @param respondBy      the offer lapses at this instant (never after the first session starts)
 */
public record ExpertOffered(
        String orderId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        Instant startsAt,
        Instant respondBy) {
}
