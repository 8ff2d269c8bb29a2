package fi.kokemus.registry.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.registry.adapter.out.mongo.MongoDuplicateCandidates;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class DuplicatePersistenceConfiguration {

    @Bean
    DuplicateCandidates duplicateCandidates(MongoDatabase serviceDatabase) {
        return new MongoDuplicateCandidates(serviceDatabase);
    }
}
