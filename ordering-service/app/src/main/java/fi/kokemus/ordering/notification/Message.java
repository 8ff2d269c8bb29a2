package fi.kokemus.ordering.notification;

/** A plain-text e-mail: it names no person and links to the system for the details. */
public record Message(String subject, String body) {
}
