package fi.kokemus.feedback.application.port.in.followup;

import fi.kokemus.feedback.domain.followup.ReportPeriod;
import java.util.Objects;

/** @param county the county reported on; null: the caller's own */
public record FollowUpQuery(String county, ReportPeriod period) {

    public FollowUpQuery {
        Objects.requireNonNull(period, "period");
    }
}
