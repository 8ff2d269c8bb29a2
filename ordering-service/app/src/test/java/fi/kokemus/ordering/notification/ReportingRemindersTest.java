package fi.kokemus.ordering.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportingRemindersTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-02-06T06:00:00Z"));
    private final InMemoryExpertAgenda agenda = new InMemoryExpertAgenda();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ReportingReminders reminders = new ReportingReminders(
            new ReminderSchedule(Map.of("ita-uusimaa", 9), List.of(3, 0)), agenda,
            new Messages("https://kokemus.example.org"),
            new NotificationSender(new FixedRecipientDirectory(), mailer, new InMemorySentNotifications(), clock), clock);

    @Test
    void remindsEachExpertOfTheMonthsUnreportedSessionsOncePerReminderDay() {
        session("a1", "expert.itu", "2027-01-10T08:00:00Z", AgendaStatus.HELD);
        session("a2", "expert.itu", "2027-01-31T22:30:00Z", AgendaStatus.ACCEPTED); // 1 February in Finland
        session("a3", "expert.itu", "2026-12-31T22:30:00Z", AgendaStatus.ACCEPTED); // 1 January in Finland
        session("a4", "expert.itu", "2027-01-12T08:00:00Z", AgendaStatus.REPORTED);
        session("a5", "other.itu", "2027-01-20T08:00:00Z", AgendaStatus.APPROVED);

        reminders.sendDue();
        clock.advance(Duration.ofHours(4));
        reminders.sendDue();

        assertThat(mailer.addresses()).containsExactly("expert.itu@example.org");
        assertThat(mailer.sent.get(0).message().body())
                .contains("Sinulla on 2 ilmoittamatonta kertaa kuukaudelta 1/2027", "viimeistään 9.2.2027");

        clock.set(Instant.parse("2027-02-09T06:00:00Z"));
        reminders.sendDue();
        reminders.sendDue();

        assertThat(mailer.addresses()).containsExactly("expert.itu@example.org", "expert.itu@example.org");
    }

    @Test
    void nothingIsSentOnOtherDaysOrWhenEverythingIsReported() {
        session("a1", "expert.itu", "2027-01-10T08:00:00Z", AgendaStatus.HELD);
        clock.set(Instant.parse("2027-02-05T06:00:00Z"));
        reminders.sendDue();
        clock.set(Instant.parse("2027-02-10T06:00:00Z"));
        reminders.sendDue();

        assertThat(mailer.sent).isEmpty();
    }

    private void session(String assignmentId, String expert, String startsAt, AgendaStatus status) {
        agenda.add("e-" + assignmentId, List.of(new AgendaEntry(assignmentId, "s-1", expert, "ord-" + assignmentId,
                "ita-uusimaa", "CLIENT_SUPPORT", false, Instant.parse(startsAt), 60, status, true, 0)));
    }
}
