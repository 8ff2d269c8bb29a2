package fi.kokemus.feedback.config;

import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.kafka.ServiceTopics;
import fi.kokemus.registry.contract.RegistryEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics this service writes to: its own events, their dead letters, and the dead letters of what it consumes. */
@Configuration(proxyBeanMethods = false)
public class FeedbackTopics {

    @Bean
    KafkaAdmin.NewTopics topicsWrittenTo() {
        return ServiceTopics.declare(FeedbackEvents.TOPIC, OrderingEvents.TOPIC, RegistryEvents.TOPIC,
                FeeEvents.TOPIC);
    }
}
