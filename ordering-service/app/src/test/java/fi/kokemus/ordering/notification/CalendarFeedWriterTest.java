package fi.kokemus.ordering.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFeedWriterTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    private final CalendarFeedWriter writer = new CalendarFeedWriter("https://kokemus.example.org/");

    @Test
    void writesAcceptedAndCancelledSessionsAsAnRfc5545Feed() {
        List<AgendaEntry> entries = List.of(
                entry("asg-2", "s-1", "LECTURE_REGIONAL", true, "2027-01-21T08:00:00Z", AgendaStatus.CANCELLED, true, 0),
                entry("asg-1", "s-1", "GROUP_CO_LEADING", false, "2027-01-14T08:00:00Z", AgendaStatus.ACCEPTED, true, 2),
                entry("asg-3", "s-1", "CLIENT_SUPPORT", false, "2027-01-15T08:00:00Z", AgendaStatus.OFFERED, false, 0),
                entry("asg-4", "s-1", "CLIENT_SUPPORT", false, "2027-01-16T08:00:00Z", AgendaStatus.CANCELLED, false, 0),
                entry("asg-5", "s-1", "CLIENT_SUPPORT", false, "2027-01-17T08:00:00Z", AgendaStatus.DECLINED, false, 0));

        assertThat(writer.write(entries, NOW)).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Kokemus//Ordering calendar feed//FI",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Kokemusasiantuntijan tehtävät",
                "BEGIN:VEVENT",
                "UID:asg-1-s-1@kokemus",
                "DTSTAMP:20270110T120000Z",
                "DTSTART:20270114T080000Z",
                "DTEND:20270114T093000Z",
                "SEQUENCE:2",
                "SUMMARY:Ryhmän ohjaaminen työparina",
                "LOCATION:paikan päällä\\, katso järjestelmästä",
                "DESCRIPTION:Tiedot järjestelmässä:\\nhttps://kokemus.example.org/ordering",
                " /orders/ord-asg-1",
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:asg-2-s-1@kokemus",
                "DTSTAMP:20270110T120000Z",
                "DTSTART:20270121T080000Z",
                "DTEND:20270121T093000Z",
                "SEQUENCE:0",
                "SUMMARY:Luento alueellisessa koulutuksessa",
                "LOCATION:etä / remote",
                "DESCRIPTION:Tiedot järjestelmässä:\\nhttps://kokemus.example.org/ordering",
                " /orders/ord-asg-2",
                "STATUS:CANCELLED",
                "END:VEVENT",
                "END:VCALENDAR",
                ""));
    }

    @Test
    void escapesTextValues() {
        assertThat(CalendarFeedWriter.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String value = "SUMMARY:" + "Äänityö ja €-kulut ".repeat(12);
        StringBuilder out = new StringBuilder();

        CalendarFeedWriter.line(out, value);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(lines[0].getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(73);
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(value + "\r\n");
    }

    private static AgendaEntry entry(String assignmentId, String sessionId, String taskType, boolean remote,
            String startsAt, AgendaStatus status, boolean everAccepted, int sequence) {
        return new AgendaEntry(assignmentId, sessionId, "expert.itu", "ord-" + assignmentId, "ita-uusimaa", taskType,
                remote, Instant.parse(startsAt), 90, status, everAccepted, sequence);
    }
}
