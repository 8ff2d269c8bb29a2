package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertState;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.PublicProfile;
import java.util.List;
import java.util.Optional;

/** What a reader gets of an expert's record: all of it, or the public profile only. */
public sealed interface ExpertView permits ExpertView.Full, ExpertView.Reduced {

    /**
     * The whole record: contact details, consents, diagnoses (if consented) and the pause reason.
     *
     * @param mergedMembers the other organisations' members whose records were merged into this one
     */
    record Full(ExpertId id, MemberReference member, List<MemberReference> mergedMembers, ExpertState state,
            PublicProfile publicProfile) implements ExpertView {

        public Full {
            mergedMembers = List.copyOf(mergedMembers);
        }

        public static Full of(Expert expert) {
            return new Full(expert.id(), expert.member(), expert.mergedMembers(), expert.state(),
                    expert.publicProfile());
        }
    }

    /**
     * The public profile, and the contact details only when the expert accepted a task of the
     * reader's unit.
     */
    record Reduced(PublicProfile profile, Optional<ContactDetails> disclosedContact) implements ExpertView {
    }
}
