package fi.kokemus.ordering.notification;

/** The mail server did not take a message; the event is retried and finally parked, not dropped. */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
