package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.Mentorship;
import fi.kokemus.registry.domain.ReadPurpose;
import java.time.LocalDate;
import java.util.Optional;

/** What county coordinators, the owning NGO and admins maintain in an expert's record. */
public interface MaintainExpertUseCase {

    /** Records, replaces or (with an end day) ends the coordinator's county's contract. */
    ExpertView.Full recordContract(Actor actor, ExpertId id, AssignmentContract contract);

    ExpertView.Full recordConfidentialityCommitment(Actor actor, ExpertId id, LocalDate signedOn);

    /** Assigns an existing expert as mentor, or with empty removes the mentor. */
    ExpertView.Full assignMentor(Actor actor, ExpertId id, Optional<Mentorship> mentorship);

    /** The home county's coordinator pauses or resumes the expert on their word. */
    ExpertView.Full changeAvailability(Actor actor, ExpertId id, Availability availability);

    /** Erases the record on the person's request; audited with {@code purpose}; only when {@code confirmed}. */
    void erase(Actor actor, ExpertId id, ReadPurpose purpose, boolean confirmed);
}
