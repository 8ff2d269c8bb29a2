package fi.kokemus.ordering.notification;

import java.util.Set;

/**
 * Which agenda entries an event concerns: the order's, narrowed to one assignment and to some
 * sessions when given.
 *
 * @param assignmentIds empty for every assignment of the order
 * @param sessionIds    empty for every session
 */
public record AgendaSelection(String orderId, Set<String> assignmentIds, Set<String> sessionIds) {

    public AgendaSelection {
        assignmentIds = Set.copyOf(assignmentIds);
        sessionIds = Set.copyOf(sessionIds);
    }

    public static AgendaSelection assignment(String orderId, String assignmentId) {
        return new AgendaSelection(orderId, Set.of(assignmentId), Set.of());
    }

    public static AgendaSelection session(String orderId, String assignmentId, String sessionId) {
        return new AgendaSelection(orderId, Set.of(assignmentId), Set.of(sessionId));
    }

    public boolean matches(AgendaEntry entry) {
        return entry.orderId().equals(orderId)
                && (assignmentIds.isEmpty() || assignmentIds.contains(entry.assignmentId()))
                && (sessionIds.isEmpty() || sessionIds.contains(entry.sessionId()));
    }
}
