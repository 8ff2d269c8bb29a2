package fi.kokemus.ordering.contract;

import java.time.Instant;

/**
 * An expert accepted or declined an offer.
 *
 * @param expertUsername login name of the expert's account, so services can recognise the expert
 *                       when they call (it is an account id, not a contact detail)
 */
public record AssignmentChanged(
        String orderId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        Instant startsAt) {
}
