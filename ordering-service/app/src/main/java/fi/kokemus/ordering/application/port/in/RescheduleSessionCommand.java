package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.SessionId;
import java.time.Instant;
import java.util.Objects;

public record RescheduleSessionCommand(OrderId orderId, SessionId sessionId, Instant startsAt, int durationMinutes) {

    public RescheduleSessionCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
