package fi.kokemus.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListAuditEntriesServiceTest {

    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ListAuditEntriesService service = new ListAuditEntriesService(auditLog);
    private final ExpertId expertId = ExpertId.random();

    @Test
    void adminsSeeWhoReadTheRecordNewestFirst() {
        AuditEntry earlier = entry("2026-11-20T08:00:00Z");
        AuditEntry later = entry("2026-11-20T09:00:00Z");
        auditLog.record(earlier);
        auditLog.record(later);
        auditLog.record(new AuditEntry(ExpertId.random(), "sub-x", Optional.empty(), Role.ORDERER,
                Instant.parse("2026-11-20T10:00:00Z"), ReadPurpose.VIEW));

        assertThat(service.list(Actors.admin(), expertId, new PageRequest(0, 10)).items()).containsExactly(later, earlier);
    }

    @Test
    void nobodyElseSeesTheAuditLog() {
        assertThatThrownBy(() -> service.list(Actors.coordinatorSoite(), expertId, new PageRequest(0, 10)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
    }

    private AuditEntry entry(String at) {
        return new AuditEntry(expertId, "sub-coordinator.soite", Optional.of("coordinator.soite"), Role.COORDINATOR,
                Instant.parse(at), ReadPurpose.VIEW);
    }
}
