package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.in.ListAuditEntriesUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;

public class ListAuditEntriesService implements ListAuditEntriesUseCase {

    private final AuditLog auditLog;

    public ListAuditEntriesService(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public ResultPage<AuditEntry> list(Actor actor, ExpertId expertId, PageRequest page) {
        actor.requireAny(Role.ADMIN);
        return auditLog.findByExpert(expertId, page);
    }
}
