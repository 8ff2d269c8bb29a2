package fi.kokemus.ordering.notification;

import java.time.Clock;
import java.util.List;

/**
 * Sends each notification to every address of its recipient, once: a delivery already recorded
 * is skipped, so a redelivered event or a retry after a partial failure mails nobody twice. A
 * recipient without an address is recorded as such. A mail server failure propagates, so the
 * event is retried and finally parked rather than lost.
 */
public final class NotificationSender {

    private final RecipientDirectory directory;
    private final Mailer mailer;
    private final SentNotifications sent;
    private final Clock clock;

    public NotificationSender(RecipientDirectory directory, Mailer mailer, SentNotifications sent, Clock clock) {
        this.directory = directory;
        this.mailer = mailer;
        this.sent = sent;
        this.clock = clock;
    }

    public void deliver(List<Notification> notifications) {
        notifications.forEach(this::deliver);
    }

    private void deliver(Notification notification) {
        if (sent.contains(notification.key())) {
            return;
        }
        List<String> addresses = notification.recipient().addressesIn(directory);
        if (addresses.isEmpty()) {
            sent.record(notification.key(), SentNotifications.Delivery.NO_ADDRESS, clock.instant());
            return;
        }
        for (String address : addresses) {
            String deliveryKey = notification.key() + "→" + address;
            if (!sent.contains(deliveryKey)) {
                mailer.send(address, notification.message());
                sent.record(deliveryKey, SentNotifications.Delivery.SENT, clock.instant());
            }
        }
    }
}
