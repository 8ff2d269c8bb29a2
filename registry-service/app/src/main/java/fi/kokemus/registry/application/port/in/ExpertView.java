package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.PublicProfile;

/** What a reader gets of an expert's record: all of it, or the public profile only. */
public sealed interface ExpertView permits ExpertView.Full, ExpertView.Reduced {

    /** The whole record, contact details and consent included. */
    record Full(ExpertId id, MemberReference member, ExpertProfile profile) implements ExpertView {

        public static Full of(Expert expert) {
            return new Full(expert.id(), expert.member(), expert.profile());
        }
    }

    /** The public profile: no full name, no contact details. */
    record Reduced(PublicProfile profile) implements ExpertView {
    }
}
