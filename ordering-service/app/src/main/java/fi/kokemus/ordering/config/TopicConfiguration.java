package fi.kokemus.ordering.config;

import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.registry.contract.RegistryEvents;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Topics this service writes to: its own events, their dead letters, and the dead letters of what it consumes. */
@Configuration(proxyBeanMethods = false)
public class TopicConfiguration {

    private static final int PARTITIONS = 3;
    private static final int REPLICAS = 1;

    @Bean
    NewTopic orderingEventsTopic() {
        return topic(OrderingEvents.TOPIC);
    }

    @Bean
    NewTopic orderingEventsDeadLetterTopic() {
        return topic(EventContract.deadLetterTopicOf(OrderingEvents.TOPIC));
    }

    @Bean
    NewTopic registryEventsDeadLetterTopic() {
        return topic(EventContract.deadLetterTopicOf(RegistryEvents.TOPIC));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).replicas(REPLICAS).build();
    }
}
