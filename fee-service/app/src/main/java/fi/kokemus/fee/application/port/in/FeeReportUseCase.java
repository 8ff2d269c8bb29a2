package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.FeeReport;
import fi.kokemus.fee.domain.ReportGrouping;
import fi.kokemus.platform.actor.Actor;

public interface FeeReportUseCase {

    /** Paid lines of the query's county and earning period summed per group. */
    FeeReport report(Actor actor, FeeLineQuery query, ReportGrouping grouping);
}
