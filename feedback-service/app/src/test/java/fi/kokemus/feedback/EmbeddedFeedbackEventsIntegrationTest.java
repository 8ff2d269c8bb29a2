package fi.kokemus.feedback;

import fi.kokemus.platform.test.EmbeddedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the Kafka broker and MongoDB wire server in this JVM. */
class EmbeddedFeedbackEventsIntegrationTest extends FeedbackEventsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().registerProperties(registry);
    }
}
