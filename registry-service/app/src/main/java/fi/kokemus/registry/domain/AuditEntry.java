package fi.kokemus.registry.domain;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One read of an expert's record by staff: who, in which role, when, which record and why.
 *
 * @param actorSubject  the reader's stable account id
 * @param actorUsername the reader's login name, when the token carries one (service accounts may not)
 */
public record AuditEntry(ExpertId expertId, String actorSubject, Optional<String> actorUsername, Role role,
        Instant at, ReadPurpose purpose) {

    public AuditEntry {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(actorUsername, "actorUsername");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** {@code actor}'s read in {@code role}, at {@code at}, for {@code purpose}. */
    public static AuditEntry by(Actor actor, Role role, ExpertId expertId, Instant at, ReadPurpose purpose) {
        return new AuditEntry(expertId, actor.subject(), Optional.ofNullable(actor.username()), role, at, purpose);
    }
}
