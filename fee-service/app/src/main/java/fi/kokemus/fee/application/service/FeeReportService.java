package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.FeeLineQuery;
import fi.kokemus.fee.application.port.in.FeeReportUseCase;
import fi.kokemus.fee.application.port.in.ListFeeLinesUseCase;
import fi.kokemus.fee.domain.FeeReport;
import fi.kokemus.fee.domain.ReportGrouping;
import fi.kokemus.platform.actor.Actor;

/** Reports sum the lines the caller may list, so they follow the same county rules. */
public class FeeReportService implements FeeReportUseCase {

    private final ListFeeLinesUseCase feeLines;

    public FeeReportService(ListFeeLinesUseCase feeLines) {
        this.feeLines = feeLines;
    }

    @Override
    public FeeReport report(Actor actor, FeeLineQuery query, ReportGrouping grouping) {
        return FeeReport.of(grouping, feeLines.list(actor, query));
    }
}
