package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;

/** Admins see who read an expert's record, newest first. */
public interface ListAuditEntriesUseCase {

    ResultPage<AuditEntry> list(Actor actor, ExpertId expertId, PageRequest page);
}
