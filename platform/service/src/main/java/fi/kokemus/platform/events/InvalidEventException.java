package fi.kokemus.platform.events;

/** A message that can never be processed (malformed or breaking its contract): it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
