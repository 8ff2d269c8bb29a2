package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OFFER_VALIDITY;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;

import fi.kokemus.ordering.OrderingFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A coordinated Soite group order (one expert, three weekly sessions) brought to each state. */
final class Scenarios {

    static final Instant PROPOSED_AT = NOW.plus(Duration.ofHours(1));
    static final Instant CHOSEN_AT = NOW.plus(Duration.ofHours(2));
    static final Instant ACCEPTED_AT = NOW.plus(Duration.ofHours(3));
    static final String UNIT = ORDERER_SOITE.username();
    static final String COORDINATOR = COORDINATOR_SOITE.username();
    static final String EXPERT = EXPERT_SOITE.username();
    static final WorkReport HELD = new WorkReport(Outcome.HELD, 8, 90, Travel.NONE, false, null);

    private Scenarios() {
    }

    static Order in(OrderState state) {
        return switch (state) {
            case OPEN -> OrderingFixtures.groupOrder();
            case AWAITING_CHOICE -> proposed();
            case OFFERED -> offered();
            case CONFIRMED -> confirmed();
            case COMPLETED -> completed();
            case CANCELLED -> cancelled();
        };
    }

    static Order proposed() {
        Order order = OrderingFixtures.groupOrder();
        order.propose(List.of(OrderingFixtures.free(AINO)), COORDINATOR, PROPOSED_AT);
        return order;
    }

    static Order offered() {
        Order order = proposed();
        order.choose(OrderingFixtures.free(AINO), UNIT, CHOSEN_AT, OFFER_VALIDITY);
        return order;
    }

    static Order confirmed() {
        Order order = offered();
        order.accept(offerTo(order, AINO).id(), EXPERT, OrderingFixtures.free(AINO), ACCEPTED_AT);
        return order;
    }

    static Order completed() {
        Order order = confirmed();
        AssignmentId aino = offerTo(order, AINO).id();
        for (Session session : order.sessions()) {
            Instant after = session.endsAt();
            order.report(aino, session.id(), EXPERT, HELD, after);
            order.approve(aino, session.id(), UNIT, after.plus(Duration.ofHours(1)));
        }
        return order;
    }

    static Order cancelled() {
        Order order = confirmed();
        order.cancel(UNIT, "The ward closes for renovation", ACCEPTED_AT.plus(Duration.ofHours(1)));
        return order;
    }

    static Assignment offerTo(Order order, Expert expert) {
        return order.assignments().stream()
                .filter(assignment -> assignment.expertId().equals(expert.expertId()))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
