package fi.kokemus.ordering.adapter.in.kafka;

import fi.kokemus.ordering.application.port.in.UpdateExpertDirectoryUseCase;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Keeps ordering's expert directory from the registry's events, stamped with the event time;
 * other event types are ignored. An unreadable event goes to the dead-letter topic.
 */
@Component
public class RegistryEventListener {

    private final EventReader reader;
    private final UpdateExpertDirectoryUseCase directory;

    public RegistryEventListener(EventReader reader, UpdateExpertDirectoryUseCase directory) {
        this.reader = reader;
        this.directory = directory;
    }

    @KafkaListener(topics = RegistryEvents.TOPIC)
    public void on(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
            apply(envelope);
        }
    }

    private void apply(EventEnvelope<JsonNode> envelope) {
        for (EventContract<ExpertPublicProfile> contract : RegistryEvents.PROFILE_SNAPSHOTS) {
            if (contract.type().equals(envelope.type())) {
                var expert = ExpertProfiles.toExpert(envelope, reader.data(envelope, contract));
                directory.recordProfile(expert, envelope.time());
                return;
            }
        }
        if (RegistryEvents.EXPERT_ERASED.type().equals(envelope.type())) {
            directory.erase(erasedExpertId(envelope), envelope.time());
        }
    }

    private String erasedExpertId(EventEnvelope<JsonNode> envelope) {
        String expertId = reader.data(envelope, RegistryEvents.EXPERT_ERASED).expertId();
        if (expertId == null || expertId.isBlank()) {
            throw new InvalidEventException("Event " + envelope.id() + " names no expert to erase", null);
        }
        return expertId;
    }
}
