package fi.kokemus.fee.config;

import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.kafka.ServiceTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics fee-service writes to: its finance feed, and the dead letters of what it reads and publishes. */
@Configuration(proxyBeanMethods = false)
class FeeTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics feeTopics() {
        return ServiceTopics.declare(FeeEvents.TOPIC, OrderingEvents.TOPIC);
    }
}
