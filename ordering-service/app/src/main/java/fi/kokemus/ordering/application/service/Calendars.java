package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.out.ExpertBookings;
import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.ExpertCalendar;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.List;

/** An expert as ordering knows them, with what they are already booked for in other orders. */
public class Calendars {

    private final ExpertDirectory experts;
    private final ExpertBookings bookings;

    public Calendars(ExpertDirectory experts, ExpertBookings bookings) {
        this.experts = experts;
        this.bookings = bookings;
    }

    ExpertCalendar of(String expertId, Order order, Instant now) {
        Expert expert = experts.find(expertId).orElseThrow(() -> DomainProblem.invalid("unknown-expert",
                "No expert " + expertId + " is known to ordering", "expertId"));
        return of(expert, order, now);
    }

    ExpertCalendar of(Expert expert, Order order, Instant now) {
        return new ExpertCalendar(expert, bookings.of(expert.expertId(), order.id(), now));
    }

    /** The calendars of the experts holding a place in the order (their offers or acceptances). */
    List<ExpertCalendar> ofCommitted(Order order, Instant now) {
        return order.assignments().stream()
                .filter(assignment -> assignment.holdsPlace(now))
                .map(assignment -> of(assignment.expertId(), order, now))
                .toList();
    }
}
