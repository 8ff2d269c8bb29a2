package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.OrderId;
import java.util.Objects;

public record AssignExpertCommand(OrderId orderId, String expertId) {

    public AssignExpertCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(expertId, "expertId");
    }
}
