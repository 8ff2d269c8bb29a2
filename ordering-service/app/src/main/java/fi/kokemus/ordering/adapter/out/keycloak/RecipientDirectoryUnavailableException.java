package fi.kokemus.ordering.adapter.out.keycloak;

/** Keycloak did not answer as expected; the notification is retried with its event. */
public class RecipientDirectoryUnavailableException extends RuntimeException {

    public RecipientDirectoryUnavailableException(String message) {
        super(message);
    }

    public RecipientDirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
