package fi.kokemus.platform.test;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Consumers with which a test reads what the service under test published. */
public final class TestConsumers {

    private TestConsumers() {
    }

    /** Reads the topics from their beginning, in a consumer group of its own, without committing. */
    public static Consumer<String, String> fromBeginning(String bootstrapServers, String... topics) {
        Consumer<String, String> consumer = new KafkaConsumer<>(
                KafkaTestUtils.consumerProps(bootstrapServers, "test-" + UUID.randomUUID(), false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topics));
        return consumer;
    }
}
