package fi.kokemus.ordering.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ExpertAgenda} does; the Mongo adapter and the fake run these. */
public abstract class ExpertAgendaContract {

    private static final Instant FIRST = Instant.parse("2027-01-14T08:00:00Z");
    private static final Instant SECOND = Instant.parse("2027-01-21T08:00:00Z");

    private final String order = "ord-" + UUID.randomUUID();
    private final String expert = "expert-" + UUID.randomUUID();
    private final String county = "county-" + UUID.randomUUID();

    protected abstract ExpertAgenda agenda();

    @Test
    void anEntryIsAddedOnceAndReadBackWhole() {
        AgendaEntry first = entry("a1", "s-1", FIRST);
        agenda().add("e1", List.of(first, entry("a1", "s-2", SECOND)));
        agenda().add("e1", List.of(first));

        assertThat(agenda().of(expert)).hasSize(2).contains(first);
    }

    @Test
    void marksOnlyTheSelectedEntriesAndOnlyFromAStatusThatMayLeadThere() {
        agenda().add("e1", List.of(entry("a1", "s-1", FIRST), entry("a1", "s-2", SECOND), entry("a2", "s-1", FIRST)));

        agenda().mark("e2", AgendaSelection.assignment(order, "a1"), AgendaStatus.ACCEPTED);
        agenda().mark("e3", new AgendaSelection(order, Set.of(), Set.of("s-2")), AgendaStatus.CANCELLED);
        agenda().mark("e4", AgendaSelection.session(order, "a1", "s-2"), AgendaStatus.HELD);

        assertThat(agenda().of(expert)).extracting(AgendaEntry::assignmentId, AgendaEntry::sessionId,
                        AgendaEntry::status, AgendaEntry::everAccepted)
                .containsExactlyInAnyOrder(
                        tuple("a1", "s-1", AgendaStatus.ACCEPTED, true),
                        tuple("a1", "s-2", AgendaStatus.CANCELLED, true),
                        tuple("a2", "s-1", AgendaStatus.OFFERED, false));
    }

    @Test
    void anEventAlreadyAppliedToAnEntryChangesItNoMore() {
        agenda().add("e1", List.of(entry("a1", "s-1", FIRST)));
        agenda().mark("e2", AgendaSelection.assignment(order, "a1"), AgendaStatus.ACCEPTED);
        agenda().mark("e3", AgendaSelection.session(order, "a1", "s-1"), AgendaStatus.REPORTED);
        agenda().mark("e4", AgendaSelection.session(order, "a1", "s-1"), AgendaStatus.HELD);

        agenda().mark("e3", AgendaSelection.session(order, "a1", "s-1"), AgendaStatus.REPORTED);

        assertThat(agenda().of(expert)).singleElement().extracting(AgendaEntry::status).isEqualTo(AgendaStatus.HELD);
    }

    @Test
    void aRescheduleMovesTheSessionForEveryExpertOnceAndBumpsItsSequence() {
        agenda().add("e1", List.of(entry("a1", "s-1", FIRST), entry("a1", "s-2", SECOND)));
        Instant moved = SECOND.plusSeconds(7_200);

        agenda().reschedule("e2", order, "s-2", moved, 120);
        agenda().reschedule("e2", order, "s-2", moved, 120);
        agenda().reschedule("e3", order, "s-2", moved, 120);

        assertThat(agenda().of(expert)).extracting(AgendaEntry::sessionId, AgendaEntry::startsAt,
                        AgendaEntry::durationMinutes, AgendaEntry::sequence)
                .containsExactlyInAnyOrder(tuple("s-1", FIRST, 90, 0), tuple("s-2", moved, 120, 2));
    }

    @Test
    void findsTheCountysSessionsAwaitingAReportWithinTheTimeWindow() {
        agenda().add("e1", List.of(entry("a1", "s-1", FIRST), entry("a1", "s-2", SECOND), entry("a2", "s-1", FIRST)));
        agenda().mark("e2", AgendaSelection.assignment(order, "a1"), AgendaStatus.ACCEPTED);
        agenda().mark("e3", AgendaSelection.session(order, "a1", "s-1"), AgendaStatus.HELD);

        assertThat(agenda().awaitingReport(county, FIRST, SECOND)).extracting(AgendaEntry::sessionId).containsExactly("s-1");
        assertThat(agenda().awaitingReport(county, FIRST, SECOND.plusSeconds(1)))
                .extracting(AgendaEntry::sessionId).containsExactlyInAnyOrder("s-1", "s-2");
        assertThat(agenda().awaitingReport("elsewhere", FIRST, SECOND.plusSeconds(1))).isEmpty();
    }

    private AgendaEntry entry(String assignmentId, String sessionId, Instant startsAt) {
        return new AgendaEntry(assignmentId, sessionId, expert, order, county, "CLIENT_SUPPORT", false,
                startsAt, 90, AgendaStatus.OFFERED, false, 0);
    }
}
