package fi.kokemus.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole service through MockMvc over MongoDB (the in-memory wire server), with
 * Kafka left out: no listener starts, no topic is created and the outbox relay reads nothing.
 * The test names its database with {@code @TestPropertySource}; test classes with the same
 * properties share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
    "spring.kafka.listener.auto-startup=false",
    "spring.kafka.admin.auto-create=false",
    "kokemus.outbox.collections="
})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = InMemoryMongo.Initializer.class)
public @interface ServiceWebTest {
}
