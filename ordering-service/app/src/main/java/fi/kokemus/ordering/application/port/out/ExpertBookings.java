package fi.kokemus.ordering.application.port.out;

import fi.kokemus.ordering.domain.ExpertCalendar;
import fi.kokemus.ordering.domain.OrderId;
import java.time.Instant;
import java.util.List;

/** The sessions of ordering's own orders an expert is committed to: a valid offer or an accepted assignment. */
public interface ExpertBookings {

    /** The expert's bookings at {@code now} in every order except {@code excluded}. */
    List<ExpertCalendar.Booking> of(String expertId, OrderId excluded, Instant now);
}
