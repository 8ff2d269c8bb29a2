package fi.kokemus.feedback.application.port.out;

/** The mail server did not take a reminder. */
public class ReminderNotSent extends RuntimeException {

    public ReminderNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
