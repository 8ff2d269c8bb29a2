package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.MemberReference;
import java.util.List;
import java.util.Objects;

/** The NGO's current data for one of its members, and the consent decisions it collected from them. */
public record SyncMemberCommand(MemberReference member, ExpertProfile profile, List<ConsentDecision> consents) {

    public SyncMemberCommand {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(profile, "profile");
        consents = List.copyOf(consents);
    }
}
