package fi.kokemus.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tolerant reader consumers use: it reads the envelope, lets the consumer pick the types it
 * cares about, and maps only those payloads onto the producer's contract records, ignoring fields
 * it does not know. Anything unreadable is an {@link InvalidEventException}.
 */
public class EventReader {

    private final JsonMapper jsonMapper;

    public EventReader(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public EventEnvelope<JsonNode> read(String message) {
        try {
            return jsonMapper.readValue(message,
                    jsonMapper.getTypeFactory().constructParametricType(EventEnvelope.class, JsonNode.class));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidEventException("Not a valid event envelope", e);
        }
    }

    public <T> T data(EventEnvelope<JsonNode> envelope, EventContract<T> contract) {
        if (!contract.type().equals(envelope.type())) {
            throw new IllegalArgumentException("Event " + envelope.id() + " is a " + envelope.type()
                    + ", not a " + contract.type());
        }
        try {
            return jsonMapper.treeToValue(envelope.data(), contract.dataType());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidEventException("Event " + envelope.id() + " breaks the " + contract.type() + " contract", e);
        }
    }
}
