package fi.kokemus.registry.config;

import fi.kokemus.registry.application.port.in.MergeDuplicatesUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.service.MergeDuplicatesService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coordinators' merge of records found to be the same person. */
@Configuration(proxyBeanMethods = false)
public class DuplicateMergeConfiguration {

    @Bean
    MergeDuplicatesUseCase mergeDuplicates(DuplicateCandidates candidates, ExpertRepository experts,
            ContactDisclosures disclosures, AuditLog auditLog, Clock clock) {
        return new MergeDuplicatesService(candidates, experts, disclosures, auditLog, clock);
    }
}
