package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.FeedbackReminder;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import java.time.Instant;

/** Which reminders were sent, so that none is sent twice, whichever run or instance gets to it. */
public interface ReminderLog {

    /** The number of the last reminder claimed for the request, 0 if none. */
    int lastSent(TaskId taskId, Respondent respondent);

    /** Records the reminder as being sent; @return false if it already was (nothing changes) */
    boolean claim(FeedbackReminder reminder, Instant at);

    /** Records how many addresses took the reminder. */
    void delivered(FeedbackReminder reminder, int recipients);

    /** Forgets a claim whose reminder reached nobody because the mail server failed, so a later run tries again. */
    void release(FeedbackReminder reminder);
}
