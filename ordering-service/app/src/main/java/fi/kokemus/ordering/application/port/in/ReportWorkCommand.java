package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.WorkReport;
import java.util.Objects;

public record ReportWorkCommand(OrderId orderId, AssignmentId assignmentId, WorkReport work) {

    public ReportWorkCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(work, "work");
    }
}
