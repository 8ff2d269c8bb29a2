package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Preferences;

/** What an expert does with their own record, found by their account. */
public interface ManageOwnRecordUseCase {

    ExpertView.Full editPreferences(Actor actor, Preferences preferences);

    ExpertView.Full changeAvailability(Actor actor, Availability availability);

    /**
     * Gives or withdraws one consent, decided now. Withdrawing the registry listing erases the
     * record and so needs {@code erasureConfirmed}.
     */
    ConsentOutcome decideConsent(Actor actor, ConsentKind kind, boolean granted, String textVersion,
            boolean erasureConfirmed);

    /** The data-subject export: everything the registry holds and knows about the caller. */
    DataSubjectExport export(Actor actor);

    /** Erases the caller's record; irreversible, so only when {@code confirmed}. */
    void erase(Actor actor, boolean confirmed);
}
