package fi.kokemus.registry.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.registry.adapter.out.mongo.MongoAuditLog;
import fi.kokemus.registry.adapter.out.mongo.MongoContactDisclosures;
import fi.kokemus.registry.adapter.out.mongo.MongoExpertRepository;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    ExpertRepository expertRepository(MongoDatabase serviceDatabase, EventWriter eventWriter, Clock clock) {
        return new MongoExpertRepository(serviceDatabase, eventWriter, clock);
    }

    @Bean
    ContactDisclosures contactDisclosures(MongoDatabase serviceDatabase) {
        return new MongoContactDisclosures(serviceDatabase);
    }

    @Bean
    AuditLog auditLog(MongoDatabase serviceDatabase) {
        return new MongoAuditLog(serviceDatabase);
    }
}
