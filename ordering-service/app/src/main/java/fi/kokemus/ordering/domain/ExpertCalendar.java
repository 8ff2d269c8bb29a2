package fi.kokemus.ordering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An expert together with the times they are already committed to by other orders (offered or
 * accepted), so an order can refuse to double-book them.
 */
public record ExpertCalendar(Expert expert, List<Booking> bookings) {

    /** A session of another order the expert has been offered or has accepted. */
    public record Booking(OrderId orderId, Instant startsAt, Instant endsAt) {
    }

    public ExpertCalendar {
        Objects.requireNonNull(expert, "expert");
        bookings = List.copyOf(bookings);
    }
}
