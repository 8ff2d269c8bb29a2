package fi.kokemus.ordering;

import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Synthetic counties, units, accounts and experts shared by the tests. */
public final class OrderingFixtures {

    public static final String SOITE = "keski-pohjanmaa";
    public static final String ITU = "ita-uusimaa";
    public static final String SOITE_UNIT = "soite-mental-health-unit";
    public static final String SOITE_OTHER_UNIT = "soite-child-welfare-unit";
    public static final String ITU_UNIT = "itu-social-work-unit";
    public static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    public static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

    public static final Actor ORDERER_SOITE = actor("orderer.soite", Role.ORDERER, SOITE, SOITE_UNIT);
    public static final Actor ORDERER_SOITE_OTHER_UNIT = actor("orderer.soite2", Role.ORDERER, SOITE, SOITE_OTHER_UNIT);
    public static final Actor ORDERER_ITU = actor("orderer.itu", Role.ORDERER, ITU, ITU_UNIT);
    public static final Actor COORDINATOR_SOITE = actor("coordinator.soite", Role.COORDINATOR, SOITE, null);
    public static final Actor COORDINATOR_ITU = actor("coordinator.itu", Role.COORDINATOR, ITU, null);
    public static final Actor EXPERT_SOITE = actor("expert.soite", Role.EXPERT, SOITE, "ngo-keski");
    public static final Actor EXPERT_OTHER = actor("expert.other", Role.EXPERT, SOITE, "ngo-keski");
    public static final Actor FINANCE_SOITE = actor("finance.soite", Role.FINANCE, SOITE, null);

    public static final Expert AINO = expert("expert-aino", "expert.soite", SOITE);
    public static final Expert OLLI = expert("expert-olli", "expert.other", SOITE);

    private OrderingFixtures() {
    }

    public static Actor actor(String username, Role role, String county, String organisation) {
        return new Actor("sub-" + username, username, Set.of(role), county, organisation);
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static Expert expert(String expertId, String username, String homeCounty) {
        return new Expert(expertId, username, "Aino T.", homeCounty, Set.of("EXPERT_BY_EXPERIENCE"),
                Set.of("MENTAL_HEALTH"), Set.of("fi", "sv"), Set.of("LECTURE_REGIONAL", "CLIENT_SUPPORT"), true,
                List.of());
    }

    public static Expert withContract(Expert expert, String county) {
        return new Expert(expert.expertId(), expert.username(), expert.displayName(), expert.homeCounty(),
                expert.roles(), expert.topics(), expert.languages(), expert.taskTypes(), expert.active(),
                List.of(new Expert.ContractPeriod(county, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))));
    }

    public static Expert paused(Expert expert) {
        return new Expert(expert.expertId(), expert.username(), expert.displayName(), expert.homeCounty(),
                expert.roles(), expert.topics(), expert.languages(), expert.taskTypes(), false, expert.contracts());
    }

    public static OrderForm form() {
        return form(NEXT_WEEK);
    }

    public static OrderForm form(Instant startsAt) {
        return new OrderForm("LECTURE_REGIONAL", "Recovery from depression", Audience.PROFESSIONALS, startsAt, 90,
                new Venue.OnSite("Kokkola central hospital, hall B"), "CC-4100", "fi",
                "Talk for the ward staff's training day");
    }

    /** A new order of the Soite mental health unit, events already taken as if stored. */
    public static Order placedOrder() {
        Order placed = Order.place(OrderId.newId(), new OrderingUnit(SOITE, SOITE_UNIT), ORDERER_SOITE.username(), form(), NOW);
        return Order.restore(placed.id(), placed.unit(), placed.orderedBy(), placed.form(), placed.assignments(), 1);
    }
}
