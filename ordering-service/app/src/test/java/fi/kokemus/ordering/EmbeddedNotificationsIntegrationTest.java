package fi.kokemus.ordering;

import fi.kokemus.platform.test.EmbeddedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the Kafka broker and MongoDB wire server in this JVM. */
class EmbeddedNotificationsIntegrationTest extends NotificationsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        runOn(EmbeddedInfrastructure.get(), registry);
    }
}
