package fi.kokemus.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class ServiceTopicsTest {

    @Test
    void declaresThePublishedAndTheConsumedTopicsEachWithItsDeadLetters() {
        var topics = ServiceTopics.topics("fee.fee-events.v1", "ordering.assignment-events.v1", "registry.expert-events.v1");

        assertThat(topics).extracting(NewTopic::name).containsExactly("fee.fee-events.v1", "fee.fee-events.v1.dlt",
                "ordering.assignment-events.v1", "ordering.assignment-events.v1.dlt",
                "registry.expert-events.v1", "registry.expert-events.v1.dlt");
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(3);
            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
        });
    }

    @Test
    void aServiceThatConsumesNothingDeclaresItsOwnTopicAndItsDeadLetters() {
        assertThat(ServiceTopics.topics("registry.expert-events.v1")).extracting(NewTopic::name)
                .containsExactly("registry.expert-events.v1", "registry.expert-events.v1.dlt");
    }
}
