package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.FeedbackTask;
import java.time.Instant;
import java.util.List;

/** Finds the tasks a reminder may be due for. */
public interface ReminderCandidates {

    /** Tasks with an orderer or self-assessment request that is not closed, not answered and not expired at {@code now}. */
    List<FeedbackTask> withOpenPersonalRequests(Instant now);
}
