package fi.kokemus.feedback.application.port.out.followup;

import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import java.util.List;
import java.util.Optional;

/** Tasks as the follow-up counts them, one record per expert and session. */
public interface FollowUpTaskRepository {

    Optional<FollowUpTask> find(String key);

    /** Stores the task, replacing the record with the same key. */
    void save(FollowUpTask task);

    /** Gives the expert's tasks {@code pseudonym} instead of their id: they still count, apart from others'. */
    void pseudonymise(String expertId, String pseudonym);

    /** The county's tasks dated in the period. */
    List<FollowUpTask> findInCounty(String county, ReportPeriod period);
}
