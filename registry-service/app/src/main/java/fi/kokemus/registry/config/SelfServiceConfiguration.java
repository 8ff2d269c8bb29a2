package fi.kokemus.registry.config;

import fi.kokemus.registry.application.port.in.MaintainExpertUseCase;
import fi.kokemus.registry.application.port.in.ManageOwnRecordUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.service.MaintainExpertService;
import fi.kokemus.registry.application.service.ManageOwnRecordService;
import fi.kokemus.registry.application.service.ProfileCheck;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The expert's own use of their record, and what staff maintain in it. */
@Configuration(proxyBeanMethods = false)
public class SelfServiceConfiguration {

    @Bean
    ManageOwnRecordUseCase manageOwnRecord(ExpertRepository experts, AuditLog auditLog,
            ContactDisclosures disclosures, ProfileCheck profileCheck, Clock clock) {
        return new ManageOwnRecordService(experts, auditLog, disclosures, profileCheck, clock);
    }

    @Bean
    MaintainExpertUseCase maintainExpert(ExpertRepository experts, AuditLog auditLog,
            ContactDisclosures disclosures, Clock clock) {
        return new MaintainExpertService(experts, auditLog, disclosures, clock);
    }
}
