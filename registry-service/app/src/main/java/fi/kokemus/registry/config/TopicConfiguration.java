package fi.kokemus.registry.config;

import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.kafka.ServiceTopics;
import fi.kokemus.registry.contract.RegistryEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topic the registry publishes to, the ordering topic it consumes, and their dead-letter topics. */
@Configuration(proxyBeanMethods = false)
public class TopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics registryTopics() {
        return ServiceTopics.declare(RegistryEvents.TOPIC, OrderingEvents.TOPIC);
    }
}
