package fi.kokemus.ordering.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agenda in memory, with the Mongo adapter's once-per-event rule. */
public class InMemoryExpertAgenda implements ExpertAgenda {

    private final Map<String, AgendaEntry> entries = new LinkedHashMap<>();
    private final Map<String, Set<String>> appliedEvents = new LinkedHashMap<>();

    @Override
    public void add(String eventId, List<AgendaEntry> added) {
        for (AgendaEntry entry : added) {
            String id = entry.assignmentId() + "/" + entry.sessionId();
            if (entries.putIfAbsent(id, entry) == null) {
                appliedEvents.put(id, new HashSet<>(Set.of(eventId)));
            }
        }
    }

    @Override
    public void mark(String eventId, AgendaSelection selection, AgendaStatus status) {
        update(eventId, entry -> selection.matches(entry) && status.reachableFrom().contains(entry.status()),
                entry -> new AgendaEntry(entry.assignmentId(), entry.sessionId(), entry.expertUsername(), entry.orderId(),
                        entry.county(), entry.taskType(), entry.remote(), entry.startsAt(), entry.durationMinutes(),
                        status, entry.everAccepted() || status == AgendaStatus.ACCEPTED, entry.sequence()));
    }

    @Override
    public void reschedule(String eventId, String orderId, String sessionId, Instant startsAt, int durationMinutes) {
        update(eventId, entry -> entry.orderId().equals(orderId) && entry.sessionId().equals(sessionId),
                entry -> new AgendaEntry(entry.assignmentId(), entry.sessionId(), entry.expertUsername(), entry.orderId(),
                        entry.county(), entry.taskType(), entry.remote(), startsAt, durationMinutes, entry.status(),
                        entry.everAccepted(), entry.sequence() + 1));
    }

    @Override
    public List<AgendaEntry> of(String expertUsername) {
        return entries.values().stream().filter(entry -> entry.expertUsername().equals(expertUsername)).toList();
    }

    @Override
    public List<AgendaEntry> awaitingReport(String county, Instant from, Instant to) {
        return entries.values().stream()
                .filter(entry -> entry.county().equals(county) && entry.status().awaitsReport()
                        && !entry.startsAt().isBefore(from) && entry.startsAt().isBefore(to))
                .toList();
    }

    private void update(String eventId, java.util.function.Predicate<AgendaEntry> selected,
            java.util.function.UnaryOperator<AgendaEntry> change) {
        for (var id : new ArrayList<>(entries.keySet())) {
            AgendaEntry entry = entries.get(id);
            if (selected.test(entry) && appliedEvents.get(id).add(eventId)) {
                entries.put(id, change.apply(entry));
            }
        }
    }
}
