package fi.kokemus.ordering.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * An expert's sessions as an iCalendar (RFC 5545) feed: one VEVENT per session the expert accepted,
 * cancelled ones kept with {@code STATUS:CANCELLED} so calendar apps remove them. Times are UTC;
 * the UID stays the same for a session and SEQUENCE grows when it is moved. Nothing about other
 * people is in it, only the task type, the time, on site or remote and a link to the system.
 */
public final class CalendarFeedWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String systemUrl;

    public CalendarFeedWriter(String systemUrl) {
        this.systemUrl = systemUrl.endsWith("/") ? systemUrl.substring(0, systemUrl.length() - 1) : systemUrl;
    }

    public String write(List<AgendaEntry> entries, Instant generatedAt) {
        StringBuilder calendar = new StringBuilder();
        line(calendar, "BEGIN:VCALENDAR");
        line(calendar, "VERSION:2.0");
        line(calendar, "PRODID:-//Kokemus//Ordering calendar feed//FI");
        line(calendar, "CALSCALE:GREGORIAN");
        line(calendar, "METHOD:PUBLISH");
        line(calendar, "X-WR-CALNAME:" + text("Kokemusasiantuntijan tehtävät"));
        entries.stream()
                .filter(AgendaEntry::everAccepted)
                .filter(entry -> entry.status().committed() || entry.status() == AgendaStatus.CANCELLED)
                .sorted(Comparator.comparing(AgendaEntry::startsAt).thenComparing(AgendaEntry::assignmentId))
                .forEach(entry -> event(calendar, entry, generatedAt));
        line(calendar, "END:VCALENDAR");
        return calendar.toString();
    }

    private void event(StringBuilder calendar, AgendaEntry entry, Instant generatedAt) {
        line(calendar, "BEGIN:VEVENT");
        line(calendar, "UID:" + text(entry.assignmentId() + "-" + entry.sessionId()) + "@kokemus");
        line(calendar, "DTSTAMP:" + UTC.format(generatedAt));
        line(calendar, "DTSTART:" + UTC.format(entry.startsAt()));
        line(calendar, "DTEND:" + UTC.format(entry.endsAt()));
        line(calendar, "SEQUENCE:" + entry.sequence());
        line(calendar, "SUMMARY:" + text(TaskTypeNames.finnish(entry.taskType())));
        line(calendar, "LOCATION:" + text(entry.remote() ? "etä / remote" : "paikan päällä, katso järjestelmästä"));
        line(calendar, "DESCRIPTION:" + text("Tiedot järjestelmässä:\n" + systemUrl + "/ordering/orders/" + entry.orderId()));
        line(calendar, "STATUS:" + (entry.status() == AgendaStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(calendar, "END:VEVENT");
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded into lines of at most 75 octets without splitting a character (3.1). */
    static void line(StringBuilder calendar, String contentLine) {
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                calendar.append(CRLF).append(' ');
                octets = 1;
            }
            calendar.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        calendar.append(CRLF);
    }
}
