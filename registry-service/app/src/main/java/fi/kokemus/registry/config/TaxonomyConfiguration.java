package fi.kokemus.registry.config;

import fi.kokemus.registry.adapter.out.seed.TaxonomySeedFile;
import fi.kokemus.registry.application.port.in.ListTaxonomyTermsUseCase;
import fi.kokemus.registry.application.port.in.MaintainTaxonomyTermUseCase;
import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.application.service.ListTaxonomyTermsService;
import fi.kokemus.registry.application.service.MaintainTaxonomyTermService;
import fi.kokemus.registry.application.service.TaxonomyCheck;
import fi.kokemus.registry.application.service.TaxonomySeeding;
import fi.kokemus.registry.domain.reference.Municipalities;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reference data and the maintained taxonomy, over whichever {@link TaxonomyTerms} is present
 * (MongoDB in the service, a fake in web tests).
 */
@Configuration(proxyBeanMethods = false)
public class TaxonomyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyConfiguration.class);

    @Bean
    Municipalities municipalities() {
        return Municipalities.finland();
    }

    @Bean
    TaxonomyCheck taxonomyCheck(TaxonomyTerms terms, Clock clock) {
        return new TaxonomyCheck(terms, clock);
    }

    @Bean
    ListTaxonomyTermsUseCase listTaxonomyTerms(TaxonomyTerms terms) {
        return new ListTaxonomyTermsService(terms);
    }

    @Bean
    MaintainTaxonomyTermUseCase maintainTaxonomyTerm(TaxonomyTerms terms, TaxonomyCheck check) {
        return new MaintainTaxonomyTermService(terms, check);
    }

    @Bean
    TaxonomySeeding taxonomySeeding(TaxonomyTerms terms, TaxonomyCheck check) {
        return new TaxonomySeeding(terms, check);
    }

    @Bean
    TaxonomySeedFile taxonomySeedFile(JsonMapper jsonMapper) {
        return new TaxonomySeedFile(jsonMapper);
    }

    @Bean
    ApplicationRunner seedTaxonomy(TaxonomySeeding seeding, TaxonomySeedFile seedFile) {
        return arguments -> {
            int added = seeding.addMissing(seedFile.terms());
            log.info("Taxonomy seed: {} missing terms added", added);
        };
    }
}
