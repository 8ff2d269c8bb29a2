package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.FeedbackTask;
import java.util.List;

/** The feedback tasks of one expert, found by the login name they sign in with. */
public interface ExpertTasks {

    /** Newest session first (ties by task id); {@code page} counts from 0. */
    List<FeedbackTask> page(String expertUsername, int page, int size);

    long count(String expertUsername);

    /** Every task of the expert's one-to-one client work. */
    List<FeedbackTask> clientWork(String expertUsername);
}
