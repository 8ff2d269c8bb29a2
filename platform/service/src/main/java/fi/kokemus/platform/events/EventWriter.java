package fi.kokemus.platform.events;

import fi.kokemus.platform.outbox.OutboxMessage;
import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wraps a contract's payload in an {@link EventEnvelope} and serialises it into an
 * {@link OutboxMessage}, ready to be stored in the same write as the state change.
 */
public class EventWriter {

    private final String source;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    public EventWriter(String source, JsonMapper jsonMapper, Clock clock) {
        this.source = source;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    public <T> OutboxMessage write(EventContract<T> contract, String subject, String county, T data) {
        var envelope = new EventEnvelope<>(UUID.randomUUID().toString(), contract.type(), source,
                clock.instant(), subject, county, contract.schemaVersion(), TraceIds.current(), data);
        return new OutboxMessage(envelope.id(), contract.topic(), subject, jsonMapper.writeValueAsString(envelope));
    }
}
