package fi.kokemus.ordering.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

public class InMemorySentNotifications implements SentNotifications {

    final Map<String, Delivery> deliveries = new LinkedHashMap<>();

    @Override
    public boolean contains(String deliveryKey) {
        return deliveries.containsKey(deliveryKey);
    }

    @Override
    public void record(String deliveryKey, Delivery delivery, Instant at) {
        deliveries.putIfAbsent(deliveryKey, delivery);
    }
}
