package fi.kokemus.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real MongoDB replica set and a real Apache Kafka broker in containers, for test classes marked
 * {@code @Testcontainers(disabledWithoutDocker = true)}: where no Docker engine answers, those
 * classes are skipped before anything here starts.
 */
public final class ContainerInfrastructure implements ServiceInfrastructure {

    /** The broker release the services' Kafka clients are built against. */
    private static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.2");
    private static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0");

    private static ContainerInfrastructure started;

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    /** The JVM's containers, started on the first call; Testcontainers removes them when the JVM ends. */
    public static synchronized ContainerInfrastructure get() {
        if (started == null) {
            var kafka = new KafkaContainer(KAFKA_IMAGE);
            var mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
            Startables.deepStart(kafka, mongo).join();
            started = new ContainerInfrastructure(kafka, mongo);
        }
        return started;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getReplicaSetUrl();
    }
}
