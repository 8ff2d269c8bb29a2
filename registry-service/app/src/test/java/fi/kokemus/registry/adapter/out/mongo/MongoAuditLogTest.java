package fi.kokemus.registry.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ReadPurpose;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MongoAuditLogTest {

    private final MongoAuditLog auditLog = new MongoAuditLog(MongoTestDatabase.fresh());
    private final ExpertId expertId = ExpertId.random();

    @Test
    void listsTheEntriesOfOneExpertNewestFirstWithPaging() {
        auditLog.record(entry(expertId, "2026-11-20T08:00:00Z", Role.COORDINATOR, "view"));
        auditLog.record(entry(expertId, "2026-11-20T09:00:00Z", Role.ORDERER, "order 42"));
        auditLog.record(entry(expertId, "2026-11-20T10:00:00Z", Role.NGO_PARTNER, "member check"));
        auditLog.record(entry(ExpertId.random(), "2026-11-20T11:00:00Z", Role.COORDINATOR, "view"));

        ResultPage<AuditEntry> first = auditLog.findByExpert(expertId, new PageRequest(0, 2));
        ResultPage<AuditEntry> second = auditLog.findByExpert(expertId, new PageRequest(1, 2));

        assertThat(first.items()).extracting(AuditEntry::role).containsExactly(Role.NGO_PARTNER, Role.ORDERER);
        assertThat(second.items()).extracting(AuditEntry::role).containsExactly(Role.COORDINATOR);
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.items().get(0))
                .isEqualTo(entry(expertId, "2026-11-20T08:00:00Z", Role.COORDINATOR, "view"));
    }

    @Test
    void keepsEntriesOfServiceAccountsWithoutAUsername() {
        var entry = new AuditEntry(expertId, "service-account-ngo", Optional.empty(), Role.NGO_PARTNER,
                Instant.parse("2026-11-20T08:00:00Z"), ReadPurpose.VIEW);

        auditLog.record(entry);

        assertThat(auditLog.findByExpert(expertId, new PageRequest(0, 10)).items()).containsExactly(entry);
    }

    private static AuditEntry entry(ExpertId expertId, String at, Role role, String purpose) {
        return new AuditEntry(expertId, "sub-" + role.claim(), Optional.of(role.claim() + ".soite"), role,
                Instant.parse(at), new ReadPurpose(purpose));
    }
}
