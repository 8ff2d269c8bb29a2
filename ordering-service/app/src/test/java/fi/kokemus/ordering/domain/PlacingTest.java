package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.ITU_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.NEXT_WEEK;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static fi.kokemus.ordering.OrderingFixtures.groupForm;
import static fi.kokemus.ordering.OrderingFixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacingTest {

    private static final OrderingUnit SOITE_MH = new OrderingUnit(SOITE, SOITE_UNIT);
    private static final OrderingUnit ITU_SW = new OrderingUnit(ITU, ITU_UNIT);
    private static final ClientConsent CONSENT = new ClientConsent(LocalDate.parse("2026-02-27"), "orderer.soite");

    @Test
    void aPlacedOrderIsOpenWithItsSessionsAndHistory() {
        Order order = Order.place(SOITE_MH, "orderer.soite", Route.COORDINATED, groupForm(), weekly(3), NOW);

        assertThat(order.state(NOW)).isEqualTo(OrderState.OPEN);
        assertThat(order.sessions()).extracting(Session::startsAt)
                .containsExactly(NEXT_WEEK, NEXT_WEEK.plus(java.time.Duration.ofDays(7)),
                        NEXT_WEEK.plus(java.time.Duration.ofDays(14)));
        assertThat(order.sessions()).extracting(Session::id).doesNotHaveDuplicates();
        assertThat(order.task()).isEqualTo(new TaskType("GROUP_CO_LEADING", false, true));
        assertThat(order.history()).containsExactly(new HistoryEntry(NOW, "orderer.soite", HistoryEntry.Step.PLACED, "COORDINATED"));
        assertThat(order.pendingEvents()).containsExactly(new OrderEvent.Placed());
        assertThat(order.waitingSince(NOW)).isEqualTo(NOW);
    }

    @Test
    void anOrderWithASessionInThePastIsRefused() {
        Schedule schedule = new Schedule.Explicit(List.of(NEXT_WEEK, NOW.minusSeconds(60)), 60);

        assertThatThrownBy(() -> Order.place(SOITE_MH, "orderer.soite", Route.COORDINATED, groupForm(), schedule, NOW))
                .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("order-in-past");
        assertThatThrownBy(() -> Order.place(SOITE_MH, "orderer.soite", Route.COORDINATED, groupForm(),
                new Schedule.OneOff(NOW, 60), NOW))
                .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("order-in-past");
    }

    @Test
    void oneToOneClientWorkNeedsTheClientsConsent() {
        OrderForm withoutConsent = form("CLIENT_SUPPORT", ExpertRole.EXPERT_BY_EXPERIENCE, 1, null);
        OrderForm withConsent = form("CLIENT_SUPPORT", ExpertRole.EXPERT_BY_EXPERIENCE, 1, CONSENT);

        assertThatThrownBy(() -> Order.place(SOITE_MH, "orderer.soite", Route.COORDINATED, withoutConsent, weekly(1), NOW))
                .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("consent-required");
        assertThat(Order.place(SOITE_MH, "orderer.soite", Route.COORDINATED, withConsent, weekly(1), NOW).task().clientWork())
                .isTrue();
    }

    @Test
    void aTaskTypeOutsideTheCountysCatalogueIsRefused() {
        OrderForm ituTask = form("GROUP_GUIDANCE", ExpertRole.EXPERT_BY_EXPERIENCE, 1, null);

        assertThatThrownBy(() -> Order.place(SOITE_MH, "orderer.soite", Route.COORDINATED, ituTask, weekly(1), NOW))
                .isInstanceOf(DomainProblem.class)
                .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("unknown-task-type");
        assertThat(Order.place(ITU_SW, "orderer.itu", Route.COORDINATED, ituTask, weekly(1), NOW).task().groupWork()).isTrue();
    }

    @ParameterizedTest(name = "{0} ordering {1} directly: {2}")
    @CsvSource({
        "keski-pohjanmaa, EXPERT_BY_EXPERIENCE, false",
        "keski-pohjanmaa, DEVELOPER_CUSTOMER, true",
        "pohjois-pohjanmaa, EXPERT_BY_EXPERIENCE, false",
        "pohjois-pohjanmaa, DEVELOPER_CUSTOMER, true",
        "ita-uusimaa, EXPERT_BY_EXPERIENCE, true",
        "ita-uusimaa, DEVELOPER_CUSTOMER, true"
    })
    void theCountysPolicyDecidesWhoMayBeNamedDirectly(String county, ExpertRole role, boolean allowed) {
        String lecture = county.equals(SOITE) ? "LECTURE_REGIONAL" : "LECTURE";
        OrderingUnit unit = new OrderingUnit(county, "unit");
        OrderForm form = form(lecture, role, 1, null);

        if (allowed) {
            assertThat(Order.place(unit, "orderer", Route.DIRECT, form, weekly(1), NOW).route()).isEqualTo(Route.DIRECT);
        } else {
            assertThatThrownBy(() -> Order.place(unit, "orderer", Route.DIRECT, form, weekly(1), NOW))
                    .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("direct-order-not-allowed");
        }
    }

    @Test
    void aSeriesKeepsItsLocalTimeOverTheChangeToSummerTime() {
        Instant firstAt = LocalDateTime.parse("2026-03-23T10:00").atZone(Schedule.LOCAL_TIME).toInstant();

        List<Instant> starts = new Schedule.Recurring(firstAt, 60, 2, Schedule.Frequency.WEEKLY).starts();

        assertThat(starts).containsExactly(Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
        "EVERY_TWO_WEEKS, 2026-03-02T08:00:00Z, 2026-03-16T08:00:00Z",
        "MONTHLY, 2026-01-31T08:00:00Z, 2026-02-28T08:00:00Z"
    })
    void aSeriesFollowsItsFrequency(Schedule.Frequency frequency, Instant first, Instant second) {
        assertThat(new Schedule.Recurring(first, 60, 2, frequency).starts()).containsExactly(first, second);
    }

    @Test
    void theCataloguesOfTheThreeCountiesAreKept() {
        assertThat(TaskCatalogue.require(SOITE, "CLIENT_SUPPORT").clientWork()).isTrue();
        assertThat(TaskCatalogue.require(ITU, "PAIR_WORK").clientWork()).isTrue();
        assertThat(TaskCatalogue.require("pohjois-pohjanmaa", "SIMULATION_ROLE"))
                .isEqualTo(new TaskType("SIMULATION_ROLE", false, false));
        assertThat(TaskCatalogue.require(ITU, "LECTURE").groupWork()).isFalse();
    }
}
