package fi.kokemus.deploy.system;

import fi.kokemus.fee.contract.FeeEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the finance topic the way a payroll system would: its own consumer group, from the beginning. */
final class FinanceFeed implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final JsonMapper json = JsonMapper.builder().build();

    FinanceFeed(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "finance-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(FeeEvents.TOPIC));
    }

    /** The first fee-approved envelope for the order, waiting up to {@code timeout}. */
    Optional<JsonNode> awaitFeeApproved(String orderId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (var record : consumer.poll(Duration.ofMillis(500))) {
                JsonNode envelope = json.readTree(record.value());
                if (FeeEvents.FEE_APPROVED.type().equals(envelope.path("type").asString())
                        && orderId.equals(envelope.path("data").path("orderId").asString())) {
                    return Optional.of(envelope);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
