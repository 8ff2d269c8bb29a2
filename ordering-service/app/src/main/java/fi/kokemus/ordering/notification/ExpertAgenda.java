package fi.kokemus.ordering.notification;

import java.time.Instant;
import java.util.List;

/**
 * Every expert's sessions, projected from ordering's events. Each change names the event it comes
 * from and is applied once per entry, so a redelivered event changes nothing.
 */
public interface ExpertAgenda {

    /** Adds entries that do not exist yet. */
    void add(String eventId, List<AgendaEntry> entries);

    /** Moves the selected entries to {@code status} where {@link AgendaStatus#reachableFrom()} allows it. */
    void mark(String eventId, AgendaSelection selection, AgendaStatus status);

    /** Moves one session of an order to a new time for every expert, bumping each entry's sequence. */
    void reschedule(String eventId, String orderId, String sessionId, Instant startsAt, int durationMinutes);

    List<AgendaEntry> of(String expertUsername);

    /** Entries of a county starting in {@code [from, to)} that still await the expert's report. */
    List<AgendaEntry> awaitingReport(String county, Instant from, Instant to);
}
