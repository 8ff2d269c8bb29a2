package fi.kokemus.fee.application.port.in;

import java.util.List;

/** A group was ended early: the listed sessions will not be held, for any of the experts. */
public record GroupEndedEarlyCommand(
        String orderId,
        String county,
        String unitId,
        List<PlannedSession> droppedSessions,
        List<ExpertOnOrder> experts) {

    public GroupEndedEarlyCommand {
        droppedSessions = List.copyOf(droppedSessions);
        experts = List.copyOf(experts);
    }
}
