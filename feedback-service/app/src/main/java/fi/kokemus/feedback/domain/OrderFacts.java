package fi.kokemus.feedback.domain;

import java.util.Objects;

/**
 * What feedback needs to know about an order from its placement, since later events do not repeat it.
 *
 * @param clientWork one-to-one work with a client, as the orderer declared it
 */
public record OrderFacts(String orderId, String taskType, String audience, boolean clientWork) {

    public OrderFacts {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(taskType, "taskType");
    }
}
