package fi.kokemus.fee.application.port.in;

import java.time.Instant;
import java.util.List;

/** The orderer cancelled an order: its sessions not yet held, and the experts who had accepted it. */
public record OrderCancellationCommand(
        String orderId,
        String county,
        String unitId,
        String costCentre,
        String role,
        String taskType,
        Instant cancelledAt,
        List<PlannedSession> sessions,
        List<ExpertOnOrder> experts) {

    public OrderCancellationCommand {
        sessions = List.copyOf(sessions);
        experts = List.copyOf(experts);
    }
}
