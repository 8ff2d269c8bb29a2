package fi.kokemus.platform.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.kafka.DeadLetters;
import fi.kokemus.platform.outbox.OutboxProperties;
import fi.kokemus.platform.outbox.OutboxRelay;
import fi.kokemus.platform.security.ResourceServerSecurity;
import fi.kokemus.platform.security.SecurityProperties;
import fi.kokemus.platform.web.ActorArgumentResolver;
import fi.kokemus.platform.web.ProblemResponses;
import fi.kokemus.platform.web.TraceIdFilter;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** What every service gets by depending on the platform. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties({OutboxProperties.class, SecurityProperties.class})
@Import({ResourceServerSecurity.class, ProblemResponses.class})
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

    @Bean
    TraceIdFilter traceIdFilter() {
        return new TraceIdFilter();
    }

    @Bean
    WebMvcConfigurer actorArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
