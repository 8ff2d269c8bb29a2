package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.AuditEntry;
import java.time.Instant;

record AuditEntryResponse(String expertId, String actorSubject, String actorUsername, String role, Instant at,
        String purpose) {

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.expertId().value(), entry.actorSubject(),
                entry.actorUsername().orElse(null), entry.role().claim(), entry.at(), entry.purpose().value());
    }
}
