package fi.kokemus.ordering.contract;

import java.time.Instant;

/** A county unit placed an order for an expert. */
public record OrderPlaced(
        String orderId,
        String county,
        String unitId,
        String taskType,
        String topic,
        String audience,
        Instant startsAt,
        int durationMinutes) {
}
