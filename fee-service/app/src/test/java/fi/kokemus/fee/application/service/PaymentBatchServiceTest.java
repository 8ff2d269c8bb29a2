package fi.kokemus.fee.application.service;

import static fi.kokemus.fee.PaidLines.helsinki;
import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryPaymentBatchRepository;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentBatch;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.Withholding;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.platform.test.MutableClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentBatchServiceTest {

    private static final String ITU = "ita-uusimaa";
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final Actor FINANCE_ITU = actor(Role.FINANCE, ITU);

    private final MutableClock clock = new MutableClock(helsinki("2026-11-01T08:00:00"));
    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository(clock);
    private final InMemoryPaymentBatchRepository batches = new InMemoryPaymentBatchRepository();
    private final PaymentBatchService service = new PaymentBatchService(batches, feeLines,
            PaymentSchedules.published(), clock);

    @Test
    void aLineRecordedBy23_59OnTheNinthIsPaidThatMonthAndOneAtMidnightRollsToTheNext() {
        FeeLine onTheEighth = recordAt("2026-11-08T12:00:00", "a-8");
        FeeLine lastMinute = recordAt("2026-11-09T23:59:59", "a-9");
        FeeLine atMidnight = recordAt("2026-11-10T00:00:00", "a-10");

        assertThat(service.show(FINANCE_ITU, ITU, NOVEMBER).lines()).containsExactly(onTheEighth, lastMinute);
        assertThat(service.show(FINANCE_ITU, ITU, DECEMBER).lines()).containsExactly(onTheEighth, lastMinute,
                atMidnight);

        clock.set(helsinki("2026-11-10T00:00:00"));
        PaymentBatch november = service.close(FINANCE_ITU, ITU, NOVEMBER);

        assertThat(november.lines()).containsExactly(onTheEighth, lastMinute);
        assertThat(november.closing().by()).isEqualTo("finance.test");
        assertThat(batches.storedEvents()).extracting(event -> event.batch().id()).containsExactly("ita-uusimaa/2026-11");
        assertThat(service.show(FINANCE_ITU, ITU, DECEMBER).lines()).containsExactly(atMidnight);
    }

    @Test
    void aBatchClosesOnlyAfterItsCutOffAndOnlyOnce() {
        recordAt("2026-11-02T10:00:00", "a-1");
        clock.set(helsinki("2026-11-09T23:59:59"));
        assertProblem(() -> service.close(FINANCE_ITU, ITU, NOVEMBER), "batch-still-open");

        clock.set(helsinki("2026-11-12T09:00:00"));
        service.close(FINANCE_ITU, ITU, NOVEMBER);

        assertProblem(() -> service.close(FINANCE_ITU, ITU, NOVEMBER), "batch-closed");
        assertThat(batches.storedEvents()).hasSize(1);
    }

    @Test
    void aClosedBatchNeverChangesAndAReversalOfItsLineIsPaidInALaterBatch() {
        FeeLine paidLine = recordAt("2026-11-02T10:00:00", "a-1");
        clock.set(helsinki("2026-11-12T09:00:00"));
        service.close(FINANCE_ITU, ITU, NOVEMBER);

        feeLines.addIfAbsent(paidLine.reversal(paidLine.taxYear()));

        PaymentBatch november = service.closed(FINANCE_ITU, ITU, NOVEMBER);
        assertThat(november.lines()).containsExactly(paidLine);
        assertThat(november.totals().gross()).isEqualTo(Money.ofCents(3000));
        PaymentBatch december = service.show(FINANCE_ITU, ITU, DECEMBER);
        assertThat(december.lines()).extracting(line -> line.id().value()).containsExactly("fee-a-1.s1.reversal");
        assertThat(december.totals().gross()).isEqualTo(Money.ofCents(-3000));
    }

    @Test
    void aMonthNobodyClosedRollsIntoTheNextClosedBatchWhichSupersedesIt() {
        FeeLine october = recordAt("2026-10-05T10:00:00", "a-oct");
        FeeLine november = recordAt("2026-11-05T10:00:00", "a-nov");
        clock.set(helsinki("2026-11-12T09:00:00"));

        assertThat(service.close(FINANCE_ITU, ITU, NOVEMBER).lines()).containsExactly(october, november);

        assertProblem(() -> service.show(FINANCE_ITU, ITU, OCTOBER), "batch-superseded");
        assertProblem(() -> service.close(FINANCE_ITU, ITU, OCTOBER), "batch-superseded");
    }

    @Test
    void linesThatPayNothingOrNeedPricingAndOtherCountiesLinesStayOut() {
        FeeLine itu = recordAt("2026-11-02T10:00:00", "a-1");
        feeLines.addIfAbsent(paid("keski-pohjanmaa", "a-soite", LocalDate.of(2026, 11, 2), 3000, 0, 0, 0));
        feeLines.addIfAbsent(WorkFixtures.tariffLine(WorkFixtures.work(ITU, "a-unpriced", "GROUP_GUIDANCE", 1,
                LocalDate.of(2026, 11, 2)), new TariffHistory(ITU, List.of())));
        feeLines.addIfAbsent(FeeLine.settle(WorkFixtures.work(ITU, "a-ill", "GROUP_GUIDANCE", 1,
                LocalDate.of(2026, 11, 2)), 2026, FeeBasis.EXPERT_ILL, new Pricing.NotPayable("ill"),
                Reimbursements.NONE, Withholding.NONE));

        assertThat(service.show(FINANCE_ITU, ITU, NOVEMBER).lines()).containsExactly(itu);
    }

    @Test
    void anOpenBatchHasNoExport() {
        assertProblem(() -> service.closed(FINANCE_ITU, ITU, NOVEMBER), "batch-open");
    }

    @Test
    void anAdminClosesAnyCountysBatch() {
        clock.set(helsinki("2026-11-12T09:00:00"));

        assertThat(service.close(actor(Role.ADMIN, null), ITU, NOVEMBER).isClosed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ORDERER", "EXPERT", "NGO_PARTNER"})
    void onlyFinanceAndAdminsHandleBatches(Role role) {
        clock.set(helsinki("2026-11-12T09:00:00"));

        assertProblem(() -> service.close(actor(role, ITU), ITU, NOVEMBER), "role-required");
        assertProblem(() -> service.show(actor(role, ITU), ITU, NOVEMBER), "role-required");
        assertThat(batches.storedEvents()).isEmpty();
    }

    @Test
    void financeHandlesOnlyItsOwnCountysBatches() {
        clock.set(helsinki("2026-11-12T09:00:00"));
        Actor financeSoite = actor(Role.FINANCE, "keski-pohjanmaa");

        assertProblem(() -> service.close(financeSoite, ITU, NOVEMBER), "other-county");
        assertProblem(() -> service.show(financeSoite, ITU, NOVEMBER), "other-county");
        assertThat(batches.storedEvents()).isEmpty();
    }

    @Test
    void eachMorningTheBatchesPastTheirCutOffAreClosedUnlessEmptyOrClosedAlready() {
        FeeLine october = recordAt("2026-10-05T10:00:00", "a-oct");
        FeeLine november = recordAt("2026-11-09T23:59:59", "a-nov");
        feeLines.addIfAbsent(paid("keski-pohjanmaa", "a-soite", LocalDate.of(2026, 11, 2), 3000, 0, 0, 0));

        clock.set(helsinki("2026-11-09T06:00:00"));
        assertThat(service.closeDue()).singleElement().satisfies(batch -> {
            assertThat(batch.id()).isEqualTo("ita-uusimaa/2026-10");
            assertThat(batch.lines()).containsExactly(october);
            assertThat(batch.closing().by()).isEqualTo(PaymentBatchService.AUTOMATIC_CLOSE);
        });

        clock.set(helsinki("2026-11-10T06:00:00"));
        assertThat(service.closeDue()).extracting(PaymentBatch::id)
                .containsExactly("ita-uusimaa/2026-11", "keski-pohjanmaa/2026-11");
        assertThat(service.closed(FINANCE_ITU, ITU, NOVEMBER).lines()).containsExactly(november);

        clock.set(helsinki("2026-11-11T06:00:00"));
        assertThat(service.closeDue()).isEmpty();
        assertThat(batches.storedEvents()).hasSize(3);
    }

    @Test
    void aBatchFinanceClosedIsLeftAsItIs() {
        recordAt("2026-11-02T10:00:00", "a-1");
        clock.set(helsinki("2026-11-10T00:30:00"));
        service.close(FINANCE_ITU, ITU, NOVEMBER);

        clock.set(helsinki("2026-11-10T06:00:00"));

        assertThat(service.closeDue()).isEmpty();
        assertThat(service.closed(FINANCE_ITU, ITU, NOVEMBER).closing().by()).isEqualTo("finance.test");
    }

    private FeeLine recordAt(String finnishTime, String assignmentId) {
        clock.set(helsinki(finnishTime));
        FeeLine line = paid(ITU, assignmentId, LocalDate.of(2026, 10, 30), 3000, 500, 0, 600);
        feeLines.addIfAbsent(line);
        return feeLines.find(line.id()).orElseThrow();
    }

    private static void assertProblem(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.code()).isEqualTo(code));
    }

    private static Actor actor(Role role, String county) {
        return new Actor("sub-" + role, role.claim() + ".test", Set.of(role), county, null);
    }
}
