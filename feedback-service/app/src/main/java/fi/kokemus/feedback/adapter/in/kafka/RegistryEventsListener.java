package fi.kokemus.feedback.adapter.in.kafka;

import fi.kokemus.feedback.application.port.in.EraseExpertUseCase;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.registry.contract.RegistryEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Erases an expert's personal data when the registry erased the expert; the registry's other events are not ours. */
@Component
public class RegistryEventsListener {

    private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

    private final EventReader reader;
    private final EraseExpertUseCase erasure;

    public RegistryEventsListener(EventReader reader, EraseExpertUseCase erasure) {
        this.reader = reader;
        this.erasure = erasure;
    }

    @KafkaListener(topics = RegistryEvents.TOPIC)
    public void onRegistryEvent(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        if (!RegistryEvents.EXPERT_ERASED.type().equals(envelope.type())) {
            return;
        }
        try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
            String expertId = reader.data(envelope, RegistryEvents.EXPERT_ERASED).expertId();
            if (expertId == null || expertId.isBlank()) {
                throw new InvalidEventException("Event " + envelope.id() + " names no expert to erase", null);
            }
            log.info("Erasure event {} erased the expert from {} feedback tasks", envelope.id(), erasure.erase(expertId));
        }
    }
}
