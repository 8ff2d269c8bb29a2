package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;

/** Append-only record of staff reads of expert records. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Entries about one expert, newest first. */
    ResultPage<AuditEntry> findByExpert(ExpertId expertId, PageRequest page);
}
