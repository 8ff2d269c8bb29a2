package fi.kokemus.ordering.contract;

import java.time.Instant;
import java.util.List;

/** Every expert the order needs has accepted: the work will be done by these experts at these times. */
public record OrderConfirmed(
        String orderId,
        String county,
        String unitId,
        List<ExpertRef> experts,
        List<SessionTime> sessions,
        Instant confirmedAt) {
}
