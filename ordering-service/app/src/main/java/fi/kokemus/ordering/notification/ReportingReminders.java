package fi.kokemus.ordering.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reminds each expert who has sessions of the month still awaiting a report, before the county's
 * fee cut-off. One reminder per expert, county, month and reminder day, however often it runs.
 */
public final class ReportingReminders {

    private final ReminderSchedule schedule;
    private final ExpertAgenda agenda;
    private final Messages messages;
    private final NotificationSender sender;
    private final Clock clock;

    public ReportingReminders(ReminderSchedule schedule, ExpertAgenda agenda, Messages messages,
            NotificationSender sender, Clock clock) {
        this.schedule = schedule;
        this.agenda = agenda;
        this.messages = messages;
        this.sender = sender;
        this.clock = clock;
    }

    public void sendDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Messages.HELSINKI);
        schedule.dueOn(today).forEach(due -> remind(due, now));
    }

    private void remind(ReminderSchedule.DueReminder due, Instant now) {
        Instant monthStart = due.workMonth().atDay(1).atStartOfDay(Messages.HELSINKI).toInstant();
        Instant monthEnd = due.workMonth().plusMonths(1).atDay(1).atStartOfDay(Messages.HELSINKI).toInstant();
        Instant until = now.isBefore(monthEnd) ? now : monthEnd;
        Map<String, Long> unreportedByExpert = agenda.awaitingReport(due.county(), monthStart, until).stream()
                .collect(Collectors.groupingBy(AgendaEntry::expertUsername, Collectors.counting()));
        unreportedByExpert.forEach((expert, sessions) -> sender.deliver(List.of(NotificationPlanner.notification(
                "report-reminder/" + due.county() + "/" + due.workMonth() + "/" + due.daysBefore() + "-days-before",
                new Recipient.Account(expert),
                messages.reportReminder(due.workMonth(), due.cutoff(), sessions.intValue())))));
    }
}
