package fi.kokemus.feedback;

import fi.kokemus.platform.test.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** On a real MongoDB replica set and Kafka broker in containers; skipped where no Docker engine answers. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerFeedbackEventsIntegrationTest extends FeedbackEventsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.get().registerProperties(registry);
    }
}
