package fi.kokemus.ordering.contract;

import java.time.Instant;
import java.util.List;

/**
 * A county unit placed an order.
 *
 * @param orderedBy       username of the staff member who placed the order
 * @param route           {@code COORDINATED} (through the county coordinator's queue) or {@code DIRECT}
 *                        (the unit named the expert)
 * @param role            the role wanted, e.g. {@code EXPERT_BY_EXPERIENCE}, {@code DEVELOPER_CUSTOMER},
 *                        {@code PEER_SUPPORTER} (peer support earns no fee)
 * @param mode            {@code ON_SITE} or {@code REMOTE}
 * @param eventScope      {@code LOCAL}, {@code REGIONAL} or {@code NATIONAL}
 * @param clientWork      one-to-one work with a client, which needs the client's recorded consent
 * @param sessions        every planned session, earliest first
 * @param startsAt        start of the first session
 * @param durationMinutes length of the first session
 */
public record OrderPlaced(
        String orderId,
        String county,
        String unitId,
        String orderedBy,
        String route,
        String role,
        String taskType,
        String topic,
        String audience,
        String mode,
        String language,
        int expertsNeeded,
        String eventScope,
        boolean preparationExpected,
        boolean clientWork,
        String costCentre,
        List<SessionTime> sessions,
        Instant startsAt,
        int durationMinutes) {
}
