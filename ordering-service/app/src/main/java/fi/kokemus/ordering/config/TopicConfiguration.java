package fi.kokemus.ordering.config;

import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.kafka.ServiceTopics;
import fi.kokemus.registry.contract.RegistryEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics this service writes to: its own events, their dead letters, and the dead letters of what it consumes. */
@Configuration(proxyBeanMethods = false)
public class TopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics orderingTopics() {
        return ServiceTopics.declare(OrderingEvents.TOPIC, RegistryEvents.TOPIC);
    }
}
