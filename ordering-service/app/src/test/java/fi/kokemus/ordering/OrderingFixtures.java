package fi.kokemus.ordering;

import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.ClientConsent;
import fi.kokemus.ordering.domain.EventScope;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.ExpertCalendar;
import fi.kokemus.ordering.domain.ExpertRole;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.ordering.domain.Schedule;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Synthetic counties, units, accounts, experts and orders shared by the tests. */
public final class OrderingFixtures {

    public static final String SOITE = "keski-pohjanmaa";
    public static final String ITU = "ita-uusimaa";
    public static final String SOITE_UNIT = "soite-mental-health-unit";
    public static final String SOITE_OTHER_UNIT = "soite-child-welfare-unit";
    public static final String ITU_UNIT = "itu-social-work-unit";
    /** A Monday, 10:00 in Helsinki. */
    public static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    public static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));
    public static final Duration OFFER_VALIDITY = Duration.ofHours(72);

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

    /** An active expert with a contract for 2026 with {@code county}. */
    public static Expert expert(String expertId, String username, String county) {
        return new Expert(expertId, username, "Aino T.", county, Set.of("EXPERT_BY_EXPERIENCE"),
                Set.of("MENTAL_HEALTH"), Set.of("fi", "sv"), Set.of("LECTURE_REGIONAL", "GROUP_CO_LEADING"), true,
                List.of(), List.of(contract(county)));
    }

    public static Expert.ContractPeriod contract(String county) {
        return new Expert.ContractPeriod(county, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    }

    public static Expert withContracts(Expert expert, List<Expert.ContractPeriod> contracts) {
        return new Expert(expert.expertId(), expert.username(), expert.displayName(), expert.homeCounty(),
                expert.roles(), expert.topics(), expert.languages(), expert.taskTypes(), expert.active(),
                expert.unavailable(), contracts);
    }

    public static Expert unavailable(Expert expert, LocalDate from, LocalDate until) {
        return new Expert(expert.expertId(), expert.username(), expert.displayName(), expert.homeCounty(),
                expert.roles(), expert.topics(), expert.languages(), expert.taskTypes(), expert.active(),
                List.of(new Expert.DatePeriod(from, until)), expert.contracts());
    }

    /** The expert as the registry keeps them before their organisation links a user account. */
    public static Expert withoutAccount(Expert expert) {
        return new Expert(expert.expertId(), null, expert.displayName(), expert.homeCounty(),
                expert.roles(), expert.topics(), expert.languages(), expert.taskTypes(), expert.active(),
                expert.unavailable(), expert.contracts());
    }

    public static Expert paused(Expert expert) {
        return new Expert(expert.expertId(), expert.username(), expert.displayName(), expert.homeCounty(),
                expert.roles(), expert.topics(), expert.languages(), expert.taskTypes(), false,
                expert.unavailable(), expert.contracts());
    }

    /** Soite's co-led group: one expert, three weekly sessions from next week. */
    public static OrderForm groupForm() {
        return form("GROUP_CO_LEADING", ExpertRole.EXPERT_BY_EXPERIENCE, 1, null);
    }

    public static Schedule weekly(int sessions) {
        return new Schedule.Recurring(NEXT_WEEK, 90, sessions, Schedule.Frequency.WEEKLY);
    }

    public static OrderForm form(String taskType, ExpertRole role, int expertsNeeded, ClientConsent consent) {
        return new OrderForm(taskType, role, "Recovery from depression", "Depression", Audience.CLIENTS,
                new Venue.OnSite("Kokkola central hospital, hall B"), "fi", expertsNeeded, false, EventScope.LOCAL,
                "CC-4100", consent, "A peer group for the ward's clients");
    }

    /** The expert with no other bookings. */
    public static ExpertCalendar free(Expert expert) {
        return new ExpertCalendar(expert, List.of());
    }

    /** The code of the problem {@code step} is refused with, or "" if it succeeds. */
    public static String problemCode(Runnable step) {
        try {
            step.run();
            return "";
        } catch (DomainProblem problem) {
            return problem.code();
        }
    }

    /** A coordinated Soite group order placed at {@link #NOW}, with three weekly sessions. */
    public static Order groupOrder() {
        return Order.place(new OrderingUnit(SOITE, SOITE_UNIT), ORDERER_SOITE.username(), Route.COORDINATED,
                groupForm(), weekly(3), NOW);
    }
}
