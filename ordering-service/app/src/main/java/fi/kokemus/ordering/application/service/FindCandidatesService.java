package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.FindCandidatesUseCase;
import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Eligibility;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public class FindCandidatesService implements FindCandidatesUseCase {

    private final OrderRepository orders;
    private final ExpertDirectory experts;
    private final Calendars calendars;
    private final Clock clock;

    public FindCandidatesService(OrderRepository orders, ExpertDirectory experts, Calendars calendars, Clock clock) {
        this.orders = orders;
        this.experts = experts;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public List<Expert> find(Actor actor, OrderId orderId, String topic) {
        actor.requireAny(Role.COORDINATOR);
        Order order = orders.get(orderId);
        OrderAccess.requireCoordinatorOf(actor, order);
        Instant now = clock.instant();
        List<Session> ahead = order.sessionsAhead(now);
        List<String> taking = order.assignments().stream()
                .filter(assignment -> assignment.holdsPlace(now)).map(Assignment::expertId).toList();
        return experts.search(order.county(), order.form().role().name(), order.form().taskType(),
                        order.form().language(), topic).stream()
                .filter(expert -> !taking.contains(expert.expertId()))
                .filter(expert -> isEligible(expert, order, ahead, now))
                .toList();
    }

    private boolean isEligible(Expert expert, Order order, List<Session> ahead, Instant now) {
        try {
            Eligibility.require(calendars.of(expert, order, now), order.county(), ahead);
            return true;
        } catch (DomainProblem notEligible) {
            return false;
        }
    }
}
