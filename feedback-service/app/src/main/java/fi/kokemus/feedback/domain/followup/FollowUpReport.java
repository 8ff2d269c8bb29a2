package fi.kokemus.feedback.domain.followup;

import java.util.Objects;

/** The follow-up of one county over one period: the figures of the yearly review. */
public record FollowUpReport(String county, ReportPeriod period, TaskCounts tasks, FeedbackSummary feedback,
        FeeSummary fees, ExpertCoverage experts) {

    public FollowUpReport {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(experts, "experts");
    }
}
