package fi.kokemus.feedback.application.port.out;

/** The account directory could not be asked for addresses; the reminder waits for a later run. */
public class RecipientsUnavailable extends RuntimeException {

    public RecipientsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
