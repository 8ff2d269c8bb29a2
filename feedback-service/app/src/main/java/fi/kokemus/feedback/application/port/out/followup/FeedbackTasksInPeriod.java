package fi.kokemus.feedback.application.port.out.followup;

import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import java.util.List;

/** Reads the feedback tasks a follow-up summarises. */
public interface FeedbackTasksInPeriod {

    /** The county's feedback tasks whose session starts in the period (Finnish days). */
    List<FeedbackTask> findInCounty(String county, ReportPeriod period);
}
