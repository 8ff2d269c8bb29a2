package fi.kokemus.registry.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.registry.adapter.out.mongo.MongoDuplicateCandidates;
import fi.kokemus.registry.adapter.out.mongo.MongoSyncJobs;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.SyncJobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class MemberBatchPersistenceConfiguration {

    @Bean
    DuplicateCandidates duplicateCandidates(MongoDatabase serviceDatabase) {
        return new MongoDuplicateCandidates(serviceDatabase);
    }

    @Bean
    SyncJobs syncJobs(MongoDatabase serviceDatabase) {
        return new MongoSyncJobs(serviceDatabase);
    }
}
