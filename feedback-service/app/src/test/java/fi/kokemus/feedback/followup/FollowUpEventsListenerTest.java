package fi.kokemus.feedback.followup;

import static fi.kokemus.feedback.followup.FollowUpYear.SOITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.feedback.application.port.in.followup.FollowUpQuery;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.TaskStatus;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.registry.contract.ExpertErased;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The follow-up's consumer: every event counted once however often it comes, and in the right order. */
class FollowUpEventsListenerTest {

    private static final Instant STARTS = Instant.parse("2026-03-10T10:00:00Z");

    private final FollowUpWiring wiring = new FollowUpWiring(1);

    @AfterEach
    void disconnect() {
        wiring.close();
    }

    @Test
    void aSessionReportedTwiceIsOneTask() {
        String held = wiring.message(OrderingEvents.SESSION_HELD, "o-1", SOITE, held("HELD", 12));

        wiring.followUp.on(held);
        wiring.followUp.on(held);

        assertThat(report().tasks().reported()).isEqualTo(1);
        assertThat(report().tasks().participants()).isEqualTo(12);
        assertThat(wiring.tasks.find("a-1/s-1")).contains(new FollowUpTask("a-1/s-1", SOITE, "expert-1",
                "LECTURE_REGIONAL", "PROFESSIONALS", "REMOTE", LocalDate.parse("2026-03-10"), TaskStatus.HELD, 12));
    }

    @Test
    void aCancellationDoesNotUndoAReportedSessionNorTheOtherWayRound() {
        wiring.toFollowUp(OrderingEvents.SESSION_HELD, "o-1", SOITE, held("HELD", 12));
        wiring.toFollowUp(OrderingEvents.ORDER_CANCELLED, "o-1", SOITE, cancelled());

        assertThat(wiring.tasks.find("a-1/s-1")).map(FollowUpTask::status).contains(TaskStatus.HELD);
        assertThat(wiring.tasks.find("a-1/s-2")).map(FollowUpTask::status).contains(TaskStatus.CANCELLED);
        assertThat(report().tasks().cancelled()).isEqualTo(1);
    }

    @Test
    void aFeeLineAndItsReversalDeliveredTwiceAreCountedOnce() {
        FeeApproved line = fee("fee-a-1.s-1", 7500, null);
        FeeApproved reversal = fee("fee-a-1.s-1.reversal", -7500, "fee-a-1.s-1");
        String approved = wiring.message(FeeEvents.FEE_APPROVED, line.feeLineId(), SOITE, line);
        String reversed = wiring.message(FeeEvents.FEE_REVERSED, reversal.feeLineId(), SOITE, reversal);

        wiring.followUp.on(approved);
        wiring.followUp.on(approved);
        assertThat(report().fees().earned().grossCents()).isEqualTo(7500);

        wiring.followUp.on(reversed);
        wiring.followUp.on(reversed);
        assertThat(report().fees().earned()).satisfies(earned -> {
            assertThat(earned.grossCents()).isZero();
            assertThat(earned.lines()).isEqualTo(2);
            assertThat(earned.reversals()).isEqualTo(1);
        });
    }

    @Test
    void aLaterSnapshotReplacesTheExpertAndAnOlderOneChangesNothing() {
        String older = wiring.message(RegistryEvents.PUBLIC_PROFILE_CHANGED, "expert-1", SOITE, profile("Aino T."));
        wiring.clock.advance(Duration.ofMinutes(5));
        String newer = wiring.message(RegistryEvents.PUBLIC_PROFILE_CHANGED, "expert-1", SOITE, profile("Aino S."));

        wiring.followUp.on(newer);
        wiring.followUp.on(older);
        wiring.followUp.on(newer);

        assertThat(report().experts().withoutTasks()).singleElement()
                .satisfies(idle -> assertThat(idle.displayName()).isEqualTo("Aino S."));
    }

    @Test
    void anErasedExpertIsForgottenAndNotBroughtBackByARedeliveredSnapshot() {
        String registered = wiring.message(RegistryEvents.EXPERT_REGISTERED, "expert-1", SOITE, profile("Aino T."));
        wiring.followUp.on(registered);
        wiring.clock.advance(Duration.ofMinutes(5));
        wiring.toFollowUp(RegistryEvents.EXPERT_ERASED, "expert-1", SOITE, new ExpertErased("expert-1"));

        wiring.followUp.on(registered);

        assertThat(report().experts().serving()).isZero();
        assertThat(wiring.experts.findAll(List.of("expert-1"))).isEmpty();
    }

    @Test
    void anEventLackingWhatTheFollowUpNeedsIsInvalidAndStoresNothing() {
        SessionOutcome withoutExpert = new SessionOutcome("o-1", SOITE, "unit", "s-1", "a-1", null, "user",
                "LECTURE_REGIONAL", "PROFESSIONALS", "REMOTE", STARTS, "HELD", 1);
        String message = wiring.message(OrderingEvents.SESSION_HELD, "o-1", SOITE, withoutExpert);

        assertThatThrownBy(() -> wiring.followUp.on(message)).isInstanceOf(InvalidEventException.class);
        assertThat(wiring.tasks.find("a-1/s-1")).isEmpty();
    }

    @Test
    void eventsTheFollowUpDoesNotCountAreIgnored() {
        wiring.toFollowUp(OrderingEvents.SESSION_RESCHEDULED, "o-1", SOITE,
                new SessionRescheduled("o-1", SOITE, "unit", "s-1", STARTS, STARTS.plus(Duration.ofDays(1)), 90,
                        "orderer.soite", STARTS, List.of(new ExpertRef("a-1", "expert-1", "user"))));

        assertThat(report().tasks()).satisfies(tasks -> {
            assertThat(tasks.reported()).isZero();
            assertThat(tasks.cancelled()).isZero();
        });
    }

    private FollowUpReport report() {
        return wiring.reports.report(FollowUpFixtures.COORDINATOR,
                new FollowUpQuery(SOITE, FollowUpFixtures.YEAR_2026));
    }

    private static SessionOutcome held(String outcome, int participants) {
        return new SessionOutcome("o-1", SOITE, "unit", "s-1", "a-1", "expert-1", "user", "LECTURE_REGIONAL",
                "PROFESSIONALS", "REMOTE", STARTS, outcome, participants);
    }

    private static OrderCancelled cancelled() {
        return new OrderCancelled("o-1", SOITE, "unit", "KP-1", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", "LOCAL",
                false, "orderer.soite", STARTS, "Not needed", List.of(new SessionTime("s-1", STARTS, 90),
                        new SessionTime("s-2", STARTS.plus(Duration.ofDays(7)), 90)),
                List.of(new ExpertRef("a-1", "expert-1", "user")));
    }

    private static ExpertPublicProfile profile(String name) {
        return new ExpertPublicProfile("expert-1", "user", name, SOITE, "ngo-keski", Set.of("ngo-keski"), Set.of(),
                Set.of(), Set.of(), Set.of("fi"), "272", Set.of(), true, true, false, List.of(), List.of());
    }

    private static FeeApproved fee(String id, long grossCents, String reverses) {
        return new FeeApproved(id, "expert-1", SOITE, "unit", "KP-1", "o-1", "a-1", "LECTURE_REGIONAL",
                LocalDate.parse("2026-03-10"), 1, grossCents, "EUR", "rule", "s-1",
                reverses == null ? "APPROVED_WORK" : "REVERSAL", 90, "LECTURE_FEE", 0, "none", grossCents, 0, 0, reverses);
    }
}
