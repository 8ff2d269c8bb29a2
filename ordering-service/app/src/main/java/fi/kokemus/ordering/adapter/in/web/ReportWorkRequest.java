package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.WorkReport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record ReportWorkRequest(
        @NotNull @Min(1) @Max(WorkReport.MAX_OCCASIONS) Integer occasions,
        @NotNull @Min(1) @Max(WorkReport.MAX_MINUTES_WORKED) Integer minutesWorked) {

    WorkReport toWork() {
        return new WorkReport(occasions, minutesWorked);
    }
}
