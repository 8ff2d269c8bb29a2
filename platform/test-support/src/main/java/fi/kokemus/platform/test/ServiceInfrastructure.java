package fi.kokemus.platform.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Kafka broker and MongoDB server a service's integration test runs against: in the JVM
 * everywhere ({@link EmbeddedInfrastructure}), and in containers where Docker exists
 * ({@link ContainerInfrastructure}). Each is started once per JVM and shared by the test classes.
 */
public interface ServiceInfrastructure {

    String kafkaBootstrapServers();

    String mongoUri();

    /** Points the application under test at this broker and this MongoDB. */
    default void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", this::mongoUri);
    }

    /**
     * Creates a topic before the application would create it with the broker's default partition
     * count; a topic that exists already is left as it is.
     */
    default void createTopic(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not create topic " + name + " in time", e);
        }
    }
}
