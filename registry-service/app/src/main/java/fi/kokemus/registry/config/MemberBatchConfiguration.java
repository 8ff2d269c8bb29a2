package fi.kokemus.registry.config;

import fi.kokemus.registry.application.port.in.SyncMemberBatchUseCase;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.service.SyncMemberBatchService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The NGO batch sync over the same repository as the single-member sync. */
@Configuration(proxyBeanMethods = false)
public class MemberBatchConfiguration {

    @Bean
    SyncMemberBatchUseCase syncMemberBatch(ExpertRepository experts, Clock clock) {
        return new SyncMemberBatchService(experts, clock);
    }
}
