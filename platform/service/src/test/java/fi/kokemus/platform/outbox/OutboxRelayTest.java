package fi.kokemus.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** The relay against the real Kafka broker code and the MongoDB wire server. */
class OutboxRelayTest {

    private static final String TOPIC = "test.relay-events.v1";

    private static EmbeddedKafkaBroker kafka;
    private static MongoServer mongoServer;
    private static MongoClient mongo;

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
        kafka.afterPropertiesSet();
        mongoServer = new MongoServer(new MemoryBackend());
        mongo = MongoClients.create("mongodb://127.0.0.1:" + mongoServer.bind().getPort());
    }

    @AfterAll
    static void stop() {
        mongo.close();
        mongoServer.shutdownNow();
        kafka.destroy();
    }

    @Test
    void publishesPendingEventsInOrderAndEmptiesTheOutbox() {
        MongoDatabase database = mongo.getDatabase("relay-test");
        var store = new MongoAggregateStore(database.getCollection("things"));
        store.insert(new Document("_id", "a"), List.of(message("e1", "a"), message("e2", "a")));
        store.insert(new Document("_id", "b"), List.of());
        var relay = new OutboxRelay(database, template(), new OutboxProperties(List.of("things"), 10));

        assertThat(relay.relay("things")).isEqualTo(2);
        assertThat(relay.relay("things")).isZero();

        assertThat(store.find("a").orElseThrow().getList(MongoAggregateStore.OUTBOX, Document.class)).isEmpty();
        assertThat(store.find("a").orElseThrow()).doesNotContainKey(MongoAggregateStore.OUTBOX_PENDING);
        assertThat(consumeAll()).extracting(ConsumerRecord::value).containsExactly("payload-e1", "payload-e2");
    }

    @Test
    void anEventPushedWhileTheRelayPublishesKeepsTheMarkAndGoesOutOnTheNextPoll() {
        MongoDatabase database = mongo.getDatabase("relay-race-test");
        var store = new MongoAggregateStore(database.getCollection("things"));
        store.insert(new Document("_id", "r"), List.of(message("r1", "r")));
        var changeWhilePublishing = new AtomicBoolean(true);
        KafkaTemplate<String, String> template = new KafkaTemplate<>(template().getProducerFactory()) {
            @Override
            public CompletableFuture<SendResult<String, String>> send(String topic, String key, String data) {
                if (changeWhilePublishing.getAndSet(false)) {
                    store.update("r", 1L, new Document("_id", "r"), List.of(message("r2", "r")));
                }
                return super.send(topic, key, data);
            }
        };
        var relay = new OutboxRelay(database, template, new OutboxProperties(List.of("things"), 10));

        assertThat(relay.relay("things")).isEqualTo(1);
        assertThat(store.find("r").orElseThrow().getString(MongoAggregateStore.OUTBOX_PENDING)).isEqualTo("r");

        assertThat(relay.relay("things")).isEqualTo(1);
        assertThat(store.find("r").orElseThrow()).doesNotContainKey(MongoAggregateStore.OUTBOX_PENDING);
        assertThat(store.find("r").orElseThrow().getList(MongoAggregateStore.OUTBOX, Document.class)).isEmpty();
    }

    @Test
    void anEventTheBrokerRefusesStaysWithTheMarkWhileTheOnesSentBeforeItLeave() {
        MongoDatabase database = mongo.getDatabase("relay-partial-test");
        var store = new MongoAggregateStore(database.getCollection("things"));
        store.insert(new Document("_id", "p"), List.of(message("p1", "p"), message("p2", "p")));
        KafkaTemplate<String, String> refusingTheSecond = new KafkaTemplate<>(template().getProducerFactory()) {
            @Override
            public CompletableFuture<SendResult<String, String>> send(String topic, String key, String data) {
                return data.equals("payload-p2")
                        ? CompletableFuture.failedFuture(new IllegalStateException("refused"))
                        : super.send(topic, key, data);
            }
        };
        var relay = new OutboxRelay(database, refusingTheSecond, new OutboxProperties(List.of("things"), 10));

        assertThat(relay.relay("things")).isEqualTo(1);

        Document stored = store.find("p").orElseThrow();
        assertThat(stored.getList(MongoAggregateStore.OUTBOX, Document.class))
                .extracting(event -> event.getString("eventId")).containsExactly("p2");
        assertThat(stored.getString(MongoAggregateStore.OUTBOX_PENDING)).isEqualTo("p");
    }

    @Test
    void keepsEventsWhenTheBrokerCannotBeReached() {
        MongoDatabase database = mongo.getDatabase("relay-down-test");
        var store = new MongoAggregateStore(database.getCollection("things"));
        store.insert(new Document("_id", "c"), List.of(message("e9", "c")));
        KafkaTemplate<String, String> unreachable = new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, String>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        var relay = new OutboxRelay(database, unreachable, new OutboxProperties(List.of("things"), 10));

        assertThat(relay.relay("things")).isZero();
        assertThat(store.find("c").orElseThrow().getList(MongoAggregateStore.OUTBOX, Document.class)).hasSize(1);
        assertThat(store.find("c").orElseThrow().getString(MongoAggregateStore.OUTBOX_PENDING)).isEqualTo("c");
    }

    private static KafkaTemplate<String, String> template() {
        Map<String, Object> props = KafkaTestUtils.producerProps(kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props));
    }

    private static List<ConsumerRecord<String, String>> consumeAll() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(kafka, "relay-test", false);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (records.size() < 2 && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static OutboxMessage message(String id, String key) {
        return new OutboxMessage(id, TOPIC, key, "payload-" + id);
    }
}
