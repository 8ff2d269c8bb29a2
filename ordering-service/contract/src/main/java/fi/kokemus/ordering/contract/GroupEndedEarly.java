package fi.kokemus.ordering.contract;

import java.time.Instant;
import java.util.List;

/**
 * A group (a series of sessions) was ended before its last agreed session.
 *
 * @param reason   {@code COMPELLING} or {@code AGREED}: the remaining sessions are dropped, not paid
 * @param sessions the agreed sessions that will not be held
 */
public record GroupEndedEarly(
        String orderId,
        String county,
        String unitId,
        String reason,
        String endedBy,
        Instant endedAt,
        List<SessionTime> sessions,
        List<ExpertRef> experts) {
}
