package fi.kokemus.registry.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.registry.adapter.out.mongo.MongoTaxonomyTerms;
import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Kept apart from {@link TaxonomyConfiguration} so web tests can put a fake behind the same use cases. */
@Configuration(proxyBeanMethods = false)
public class TaxonomyPersistenceConfiguration {

    @Bean
    TaxonomyTerms taxonomyTerms(MongoDatabase serviceDatabase) {
        return new MongoTaxonomyTerms(serviceDatabase);
    }
}
