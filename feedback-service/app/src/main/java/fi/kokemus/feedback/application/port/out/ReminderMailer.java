package fi.kokemus.feedback.application.port.out;

/** Sends one plain-text e-mail, or throws {@link ReminderNotSent}. */
public interface ReminderMailer {

    void send(String address, String subject, String body) throws ReminderNotSent;
}
