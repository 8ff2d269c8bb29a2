package fi.kokemus.fee.application.port.in;

import java.util.List;

/**
 * An expert withdrew from the sessions of an order.
 *
 * @param cause {@code ILLNESS} or {@code OTHER}
 */
public record ExpertWithdrawalCommand(
        String orderId,
        String county,
        String unitId,
        ExpertOnOrder expert,
        String cause,
        List<PlannedSession> sessions) {

    public ExpertWithdrawalCommand {
        sessions = List.copyOf(sessions);
    }
}
