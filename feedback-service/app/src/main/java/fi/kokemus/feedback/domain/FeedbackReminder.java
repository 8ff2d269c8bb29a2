package fi.kokemus.feedback.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A reminder of an unanswered personal request, carrying the request's own link (the token is derived
 * again from the link's id, so it is the same link the person was shown). It names the task type and
 * the date only, never a person, in Finnish, Swedish and English.
 *
 * @param number which reminder this is for the request, from 1
 */
public record FeedbackReminder(TaskId taskId, Respondent respondent, int number, SessionWork work, Instant expiresAt,
        String link) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    public FeedbackReminder {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(link, "link");
    }

    /** The link lets its holder answer, so it stays out of logs. */
    @Override
    public String toString() {
        return "FeedbackReminder[" + key() + "]";
    }

    /** Identifies the reminder across runs and instances: sent once, whoever sends it. */
    public String key() {
        return taskId.value() + "/" + respondent.name() + "/" + number;
    }

    public String subject() {
        return "Muistutus: palautteesi odottaa / Påminnelse: din respons väntar / Reminder: your feedback awaits";
    }

    public String body() {
        String day = DAY.format(work.taskDate());
        String lastDay = DAY.format(expiresAt.minusNanos(1).atZone(SessionWork.COUNTY_TIME).toLocalDate());
        String task = work.taskType();
        return switch (respondent) {
            case SELF_ASSESSMENT -> """
                    Hei,
                    itsearviointisi tehtävästä %1$s (%2$s) puuttuu vielä. Vastaa %3$s mennessä:
                    %4$s

                    Hej,
                    din självvärdering av uppdraget %1$s (%2$s) saknas ännu. Svara senast %3$s:
                    %4$s

                    Hello,
                    your self-assessment of the task on %1$s (%2$s) is still missing. Please answer by %3$s:
                    %4$s
                    """.formatted(day, task, lastDay, link);
            default -> """
                    Hei,
                    yksikkönne palaute kokemusasiantuntijan tehtävästä %1$s (%2$s) puuttuu vielä. Vastaa %3$s mennessä:
                    %4$s

                    Hej,
                    er enhets respons på erfarenhetsexpertens uppdrag %1$s (%2$s) saknas ännu. Svara senast %3$s:
                    %4$s

                    Hello,
                    your unit's feedback on the expert by experience's task on %1$s (%2$s) is still missing. Please answer by %3$s:
                    %4$s
                    """.formatted(day, task, lastDay, link);
        };
    }
}
