package fi.kokemus.registry.config;

import fi.kokemus.registry.application.port.in.ListAuditEntriesUseCase;
import fi.kokemus.registry.application.port.in.SearchExpertsUseCase;
import fi.kokemus.registry.application.port.in.SyncMemberUseCase;
import fi.kokemus.registry.application.port.in.ViewExpertUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.service.ListAuditEntriesService;
import fi.kokemus.registry.application.service.ProfileCheck;
import fi.kokemus.registry.application.service.SearchExpertsService;
import fi.kokemus.registry.application.service.SyncMemberService;
import fi.kokemus.registry.application.service.TaxonomyCheck;
import fi.kokemus.registry.application.service.ViewExpertService;
import fi.kokemus.registry.domain.reference.Municipalities;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired to whichever adapters implement their out-ports. */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    @Bean
    SyncMemberUseCase syncMember(ExpertRepository experts, DuplicateCandidates candidates, ProfileCheck profileCheck,
            Clock clock) {
        return new SyncMemberService(experts, candidates, profileCheck, clock);
    }

    @Bean
    ProfileCheck profileCheck(TaxonomyCheck taxonomy, Municipalities municipalities) {
        return new ProfileCheck(taxonomy, municipalities);
    }

    @Bean
    ViewExpertUseCase viewExpert(ExpertRepository experts, AuditLog auditLog, ContactDisclosures disclosures,
            Clock clock) {
        return new ViewExpertService(experts, auditLog, disclosures, clock);
    }

    @Bean
    SearchExpertsUseCase searchExperts(ExpertRepository experts, Clock clock) {
        return new SearchExpertsService(experts, clock);
    }

    @Bean
    ListAuditEntriesUseCase listAuditEntries(AuditLog auditLog) {
        return new ListAuditEntriesService(auditLog);
    }
}
