package fi.kokemus.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The real Kafka broker code (KRaft, in this JVM) and the in-memory MongoDB wire server: what
 * integration tests run on where there is no Docker. Topics are created on first use or by the
 * application's {@code NewTopic} beans, with three partitions unless a test creates them first.
 */
public final class EmbeddedInfrastructure implements ServiceInfrastructure {

    private static final int DEFAULT_PARTITIONS = 3;

    private static EmbeddedInfrastructure started;

    private final EmbeddedKafkaBroker kafka;

    private EmbeddedInfrastructure(EmbeddedKafkaBroker kafka) {
        this.kafka = kafka;
    }

    /** The JVM's broker and wire server, started on the first call. */
    public static synchronized EmbeddedInfrastructure get() {
        if (started == null) {
            EmbeddedKafkaBroker kafka = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS)
                    .brokerProperty("auto.create.topics.enable", "true");
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
            started = new EmbeddedInfrastructure(kafka);
        }
        return started;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri() {
        return InMemoryMongo.connectionString();
    }
}
