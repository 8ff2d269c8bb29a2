package fi.kokemus.platform.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The envelope every event on the bus travels in. Attribute names follow CloudEvents
 * ({@code id, type, source, time, subject}) plus the county the event concerns, the schema
 * version of {@code data} and the trace id of the request that caused it.
 *
 * @param id            unique per event; consumers deduplicate by it
 * @param type          stable event type name, e.g. {@code ordering.work-approved}
 * @param source        producing service, e.g. {@code ordering-service}
 * @param time          when the state change happened
 * @param subject       id of the aggregate the event is about (also the Kafka key)
 * @param county        wellbeing services county code, or {@code null} when county-neutral
 * @param schemaVersion version of the {@code data} schema for this {@code type}
 * @param traceId       correlates the event with the request that caused it
 * @param data          the event payload
 */
public record EventEnvelope<T>(
        String id,
        String type,
        String source,
        Instant time,
        String subject,
        String county,
        int schemaVersion,
        String traceId,
        T data) {

    public EventEnvelope {
        requireText(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        Objects.requireNonNull(time, "time");
        requireText(subject, "subject");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be positive");
        }
        Objects.requireNonNull(data, "data");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
