package fi.kokemus.platform.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.health.MongoPingHealthIndicator;
import fi.kokemus.platform.kafka.DeadLetters;
import fi.kokemus.platform.outbox.OutboxProperties;
import fi.kokemus.platform.outbox.OutboxRelay;
import fi.kokemus.platform.web.PlatformWebConfiguration;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/** What every service gets by depending on the platform. */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
@Import(PlatformWebConfiguration.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoDatabase serviceDatabase(MongoClient client, @Value("${spring.mongodb.database}") String database) {
        return client.getDatabase(database);
    }

    /** Named like Boot's own indicator, which therefore backs off. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }

    @Bean
    EventWriter eventWriter(@Value("${spring.application.name}") String source, JsonMapper jsonMapper, Clock clock) {
        return new EventWriter(source, jsonMapper, clock);
    }

    @Bean
    EventReader eventReader(JsonMapper jsonMapper) {
        return new EventReader(jsonMapper);
    }

    @Bean
    OutboxRelay outboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        return new OutboxRelay(database, kafka, properties);
    }

    @Bean
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, String> kafka) {
        return DeadLetters.errorHandler(kafka);
    }
}
