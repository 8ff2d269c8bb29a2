package fi.kokemus.ordering.notification;

import java.time.Instant;

/** What has been sent (or could not be, for want of an address), by notification key and address. */
public interface SentNotifications {

    boolean contains(String deliveryKey);

    void record(String deliveryKey, Delivery delivery, Instant at);

    /** How a notification ended. */
    enum Delivery { SENT, NO_ADDRESS }
}
