package fi.kokemus.feedback.config;

import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventContract;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics this service writes to: its own events, their dead letters, and the dead letters of what it consumes. */
@Configuration(proxyBeanMethods = false)
public class FeedbackTopics {

    private static final int PARTITIONS = 3;
    private static final int REPLICAS = 1;

    @Bean
    KafkaAdmin.NewTopics topicsWrittenTo() {
        return new KafkaAdmin.NewTopics(
                topic(FeedbackEvents.TOPIC),
                topic(EventContract.deadLetterTopicOf(FeedbackEvents.TOPIC)),
                topic(EventContract.deadLetterTopicOf(OrderingEvents.TOPIC)));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).replicas(REPLICAS).build();
    }
}
