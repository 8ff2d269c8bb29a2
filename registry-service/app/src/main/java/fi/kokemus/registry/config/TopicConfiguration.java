package fi.kokemus.registry.config;

import fi.kokemus.platform.events.EventContract;
import fi.kokemus.registry.contract.RegistryEvents;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic the registry publishes to, and the dead-letter topic its consumers park messages on. */
@Configuration(proxyBeanMethods = false)
public class TopicConfiguration {

    private static final int PARTITIONS = 3;
    private static final int REPLICAS = 1;

    @Bean
    NewTopic expertEventsTopic() {
        return topic(RegistryEvents.TOPIC);
    }

    @Bean
    NewTopic expertEventsDeadLetterTopic() {
        return topic(EventContract.deadLetterTopicOf(RegistryEvents.TOPIC));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).replicas(REPLICAS).build();
    }
}
