package fi.kokemus.platform.kafka;

import fi.kokemus.platform.events.EventContract;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics a service creates at start-up: the one it publishes to and its dead-letter topic, and
 * the topics it consumes with their dead-letter topics, where {@link DeadLetters} parks what fails.
 * A consumer declares its input too: whichever service starts first creates the topic with the
 * agreed partitions, so no consumer is left assigned to a partition count that grows later (new
 * partitions reach a running consumer only at its next metadata refresh, minutes later).
 */
public final class ServiceTopics {

    private static final int PARTITIONS = 3;
    private static final int REPLICAS = 1;

    private ServiceTopics() {
    }

    /** Declared as a bean, Spring's {@code KafkaAdmin} creates the topics that do not exist yet. */
    public static KafkaAdmin.NewTopics declare(String publishedTopic, String... consumedTopics) {
        return new KafkaAdmin.NewTopics(topics(publishedTopic, consumedTopics).toArray(NewTopic[]::new));
    }

    static List<NewTopic> topics(String publishedTopic, String... consumedTopics) {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(topic(publishedTopic));
        topics.add(topic(EventContract.deadLetterTopicOf(publishedTopic)));
        for (String consumed : consumedTopics) {
            topics.add(topic(consumed));
            topics.add(topic(EventContract.deadLetterTopicOf(consumed)));
        }
        return topics;
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).replicas(REPLICAS).build();
    }
}
