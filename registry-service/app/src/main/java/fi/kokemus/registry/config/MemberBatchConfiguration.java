package fi.kokemus.registry.config;

import fi.kokemus.registry.application.port.in.ReviewDuplicatesUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.service.ReviewDuplicatesService;
import fi.kokemus.registry.application.service.ProfileCheck;
import fi.kokemus.registry.application.service.SyncMemberBatchService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The NGO batch sync and the coordinators' review of the possible duplicates it finds. */
@Configuration(proxyBeanMethods = false)
public class MemberBatchConfiguration {

    @Bean
    SyncMemberBatchService syncMemberBatch(ExpertRepository experts, DuplicateCandidates candidates,
            ProfileCheck profileCheck, Clock clock) {
        return new SyncMemberBatchService(experts, candidates, profileCheck, clock);
    }

    @Bean
    ReviewDuplicatesUseCase reviewDuplicates(DuplicateCandidates candidates, ExpertRepository experts,
            AuditLog auditLog, Clock clock) {
        return new ReviewDuplicatesService(candidates, experts, auditLog, clock);
    }
}
