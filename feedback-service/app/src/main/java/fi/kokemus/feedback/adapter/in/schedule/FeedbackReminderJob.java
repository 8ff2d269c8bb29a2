package fi.kokemus.feedback.adapter.in.schedule;

import fi.kokemus.feedback.application.port.in.SendFeedbackRemindersUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the reminders due, on the schedule {@code kokemus.feedback.reminders.cron} (Finnish time). */
public class FeedbackReminderJob {

    private static final Logger log = LoggerFactory.getLogger(FeedbackReminderJob.class);

    private final SendFeedbackRemindersUseCase reminders;

    public FeedbackReminderJob(SendFeedbackRemindersUseCase reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${kokemus.feedback.reminders.cron:0 0 9 * * *}", zone = "Europe/Helsinki")
    public void run() {
        var run = reminders.sendDue();
        log.info("Feedback reminders sent: {}", run.sent());
        run.failures().forEach(failure -> log.warn("Feedback reminder not sent: {}", failure));
    }
}
