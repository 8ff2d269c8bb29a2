package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.application.port.out.FollowUpNotesContract;

class InMemoryFollowUpNotesTest extends FollowUpNotesContract {

    private final InMemoryFollowUpNotes notes = new InMemoryFollowUpNotes();

    @Override
    protected FollowUpNotes notes() {
        return notes;
    }
}
