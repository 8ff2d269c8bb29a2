package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ReadPurpose;

/** Reading one expert's record; every read by staff is audited. */
public interface ViewExpertUseCase {

    ExpertView view(Actor actor, ExpertId id, ReadPurpose purpose);

    /** The calling expert's own record, found by their account. */
    ExpertView.Full viewOwn(Actor actor);
}
