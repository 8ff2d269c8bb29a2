package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.MemberReference;
import java.util.Objects;

/** The NGO's current data for one of its members. */
public record SyncMemberCommand(MemberReference member, ExpertProfile profile) {

    public SyncMemberCommand {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(profile, "profile");
    }
}
