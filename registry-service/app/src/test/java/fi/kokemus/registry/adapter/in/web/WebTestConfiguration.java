package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.config.DuplicateMergeConfiguration;
import fi.kokemus.registry.config.MemberBatchConfiguration;
import fi.kokemus.registry.config.SelfServiceConfiguration;
import fi.kokemus.registry.config.SyncJobConfiguration;
import fi.kokemus.registry.config.UseCaseConfiguration;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.InMemorySyncJobs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The real use cases behind the controllers, over in-memory ports and a fixed clock. */
@TestConfiguration(proxyBeanMethods = false)
@Import({UseCaseConfiguration.class, TaxonomyWebTestConfiguration.class, SelfServiceConfiguration.class,
        MemberBatchConfiguration.class, SyncJobConfiguration.class, DuplicateMergeConfiguration.class})
class WebTestConfiguration {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Bean
    InMemoryExpertRepository expertRepository() {
        return new InMemoryExpertRepository();
    }

    @Bean
    InMemoryContactDisclosures contactDisclosures() {
        return new InMemoryContactDisclosures();
    }

    @Bean
    InMemoryAuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    @Bean
    InMemoryDuplicateCandidates duplicateCandidates() {
        return new InMemoryDuplicateCandidates();
    }

    @Bean
    InMemorySyncJobs syncJobs() {
        return new InMemorySyncJobs();
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
