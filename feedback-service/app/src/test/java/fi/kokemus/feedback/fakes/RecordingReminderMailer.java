package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.ReminderMailer;
import fi.kokemus.feedback.application.port.out.ReminderNotSent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps what it was asked to send; can be told to refuse the next messages as a failing mail server would. */
public class RecordingReminderMailer implements ReminderMailer {

    public record Mail(String address, String subject, String body) {
    }

    private final List<Mail> sent = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private int failuresToCome;

    @Override
    public synchronized void send(String address, String subject, String body) {
        if (refused.contains(address) || failuresToCome > 0) {
            failuresToCome = Math.max(0, failuresToCome - 1);
            throw new ReminderNotSent("The test's mail server refused", null);
        }
        sent.add(new Mail(address, subject, body));
    }

    public synchronized void refuseNext(int count) {
        failuresToCome = count;
    }

    /** Refuses every message to {@code address}. */
    public synchronized void refuse(String address) {
        refused.add(address);
    }

    public synchronized List<Mail> sent() {
        return List.copyOf(sent);
    }
}
