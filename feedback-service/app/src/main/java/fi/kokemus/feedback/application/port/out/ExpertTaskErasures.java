package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.FeedbackTask;
import java.util.List;

/** The feedback tasks about one expert, and storing them with the expert erased. */
public interface ExpertTaskErasures {

    List<FeedbackTask> findByExpert(String expertId);

    /**
     * Replaces the task with its erased state if nobody changed it since it was read at
     * {@code erased.version()}. Events not yet published are dropped with it, since they may carry what is erased.
     */
    void replaceErased(FeedbackTask erased) throws ConcurrentTaskUpdate;
}
