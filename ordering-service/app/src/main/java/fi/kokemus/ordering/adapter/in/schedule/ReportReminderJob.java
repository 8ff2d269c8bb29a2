package fi.kokemus.ordering.adapter.in.schedule;

import fi.kokemus.ordering.notification.ReportingReminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the fee-report reminders that are due, daily in Finnish time. Running it again sends
 * nothing twice: each reminder is recorded once sent.
 */
@Component
public class ReportReminderJob {

    private final ReportingReminders reminders;

    public ReportReminderJob(ReportingReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${kokemus.notifications.reminders.cron}", zone = "Europe/Helsinki")
    public void sendDueReminders() {
        reminders.sendDue();
    }
}
