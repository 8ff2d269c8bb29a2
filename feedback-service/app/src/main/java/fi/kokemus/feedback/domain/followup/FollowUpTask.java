package fi.kokemus.feedback.domain.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One expert's part in one session as the follow-up counts it. Reported sessions carry what
 * ordering's report says (audience, mode, participants); a cancelled one only what the
 * cancellation says.
 *
 * @param key      {@code <assignmentId>/<sessionId>}: a redelivered event finds the same record
 * @param date     the session's Finnish date
 * @param audience e.g. {@code PROFESSIONALS}; null when not known
 * @param mode     {@code ON_SITE} or {@code REMOTE}; null when not known
 */
public record FollowUpTask(String key, String county, String expertId, String taskType, String audience, String mode,
        LocalDate date, TaskStatus status, int participants) {

    public FollowUpTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
    }

    public static String keyOf(String assignmentId, String sessionId) {
        return assignmentId + "/" + sessionId;
    }

    /**
     * What to keep when {@code incoming} arrives for a task already recorded as this: ordering reports a
     * session once, so the first report stands, and a report outranks a cancellation.
     */
    public FollowUpTask keptAgainst(FollowUpTask incoming) {
        return status.reported() || !incoming.status.reported() ? this : incoming;
    }
}
