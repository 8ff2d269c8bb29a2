package fi.kokemus.fee.config;

import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventContract;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Topics fee-service writes to: its finance feed, and the dead letters of what it reads and publishes. */
@Configuration(proxyBeanMethods = false)
class FeeTopicsConfiguration {

    private static final int PARTITIONS = 3;
    private static final int REPLICAS = 1;

    @Bean
    NewTopic feeEventsTopic() {
        return topic(FeeEvents.TOPIC);
    }

    @Bean
    NewTopic feeEventsDeadLetterTopic() {
        return topic(EventContract.deadLetterTopicOf(FeeEvents.TOPIC));
    }

    @Bean
    NewTopic orderingEventsDeadLetterTopic() {
        return topic(EventContract.deadLetterTopicOf(OrderingEvents.TOPIC));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).replicas(REPLICAS).build();
    }
}
