package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.config.TaxonomyConfiguration;
import fi.kokemus.registry.testing.InMemoryTaxonomyTerms;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The reference data and taxonomy use cases over an in-memory taxonomy, seeded at start as in the service. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TaxonomyConfiguration.class)
class TaxonomyWebTestConfiguration {

    @Bean
    InMemoryTaxonomyTerms taxonomyTerms() {
        return new InMemoryTaxonomyTerms();
    }
}
