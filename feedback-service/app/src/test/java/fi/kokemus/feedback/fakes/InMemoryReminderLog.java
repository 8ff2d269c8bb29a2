package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.ReminderLog;
import fi.kokemus.feedback.domain.FeedbackReminder;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The reminders claimed, by key, with how many addresses took each (null while being sent). */
public class InMemoryReminderLog implements ReminderLog {

    private final Map<String, FeedbackReminder> claimed = new TreeMap<>();
    private final Map<String, Integer> recipients = new TreeMap<>();

    @Override
    public synchronized int lastSent(TaskId taskId, Respondent respondent) {
        return claimed.values().stream()
                .filter(reminder -> reminder.taskId().equals(taskId) && reminder.respondent() == respondent)
                .mapToInt(FeedbackReminder::number).max().orElse(0);
    }

    @Override
    public synchronized boolean claim(FeedbackReminder reminder, Instant at) {
        return claimed.putIfAbsent(reminder.key(), reminder) == null;
    }

    @Override
    public synchronized void delivered(FeedbackReminder reminder, int count) {
        recipients.put(reminder.key(), count);
    }

    @Override
    public synchronized void release(FeedbackReminder reminder) {
        claimed.remove(reminder.key());
    }

    public synchronized Map<String, Integer> recipientsByKey() {
        return Map.copyOf(recipients);
    }
}
