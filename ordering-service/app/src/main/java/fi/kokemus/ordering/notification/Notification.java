package fi.kokemus.ordering.notification;

/**
 * One message to one recipient.
 *
 * @param key what makes it unique: the event (or reminder) it comes from and who it is for, so
 *            the same notification is never sent twice
 */
public record Notification(String key, Recipient recipient, Message message) {
}
