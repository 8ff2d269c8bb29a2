package fi.kokemus.fee.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.application.port.in.ExpertOnOrder;
import fi.kokemus.fee.application.port.in.ExpertWithdrawalCommand;
import fi.kokemus.fee.application.port.in.GroupEndedEarlyCommand;
import fi.kokemus.fee.application.port.in.OrderCancellationCommand;
import fi.kokemus.fee.application.port.in.PlannedSession;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.application.port.out.InMemoryTaxCardRepository;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.PublishedCountyRules;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TravelRateTable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettleCancellationsServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-20T08:00:00Z"), ZoneOffset.UTC);
    // Monday 16 June 2025 12:00 and Tuesday 17 June 12:00, Finnish summer time
    private static final PlannedSession MONDAY = new PlannedSession("s1", Instant.parse("2025-06-16T09:00:00Z"), 90);
    private static final PlannedSession TUESDAY = new PlannedSession("s2", Instant.parse("2025-06-17T09:00:00Z"), 90);
    private static final ExpertOnOrder AINO = new ExpertOnOrder("a-1", "expert-aino-testinen", "aino.testinen");
    private static final ExpertOnOrder EINO = new ExpertOnOrder("a-2", "expert-eino-esimerkki", "eino.esimerkki");

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final InMemoryTariffRepository tariffs = new InMemoryTariffRepository(PublishedTariffs.all());
    private final InMemoryTaxCardRepository taxCards = new InMemoryTaxCardRepository();
    private final SettleCancellationsService cancellations = new SettleCancellationsService(feeLines, tariffs,
            taxCards, TravelRateTable.PUBLISHED, PublishedCountyRules::of, PaymentSchedules.published(), CLOCK);
    private final PriceApprovedWorkService approvals = new PriceApprovedWorkService(feeLines, tariffs, taxCards,
            TravelRateTable.PUBLISHED, PublishedCountyRules::of, PaymentSchedules.published(), CLOCK);

    @Test
    void aCancellationAfterTheDeadlinePaysEachAcceptedExpertTheAgreedFeeForEachSession() {
        // Sunday 15 June 15:30 Finnish time: late for Monday, in time for Tuesday
        int recorded = cancellations.settle(cancellation("2025-06-15T12:30:00Z", "EXPERT_BY_EXPERIENCE",
                List.of(MONDAY, TUESDAY), List.of(AINO, EINO)));

        assertThat(recorded).isEqualTo(4);
        for (String assignment : List.of("a-1", "a-2")) {
            FeeLine monday = line(assignment, "s1");
            assertThat(monday.basis()).isEqualTo(FeeBasis.LATE_CANCELLATION);
            assertThat(monday.gross()).isEqualTo(Money.ofCents(7500));
            assertThat(monday.state()).isEqualTo(FeeLineState.PRICED);
            FeeLine tuesday = line(assignment, "s2");
            assertThat(tuesday.basis()).isEqualTo(FeeBasis.TIMELY_CANCELLATION);
            assertThat(tuesday.state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        }
        assertThat(feeLines.storedEvents()).hasSize(2);
    }

    @Test
    void aRedeliveredCancellationRecordsNothingMore() {
        OrderCancellationCommand late = cancellation("2025-06-15T12:30:00Z", "EXPERT_BY_EXPERIENCE", List.of(MONDAY),
                List.of(AINO));
        cancellations.settle(late);

        assertThat(cancellations.settle(late)).isZero();
        assertThat(feeLines.storedEvents()).hasSize(1);
    }

    @Test
    void aLateCancellationOfPeerSupportPaysNothing() {
        cancellations.settle(cancellation("2025-06-16T08:00:00Z", "PEER_SUPPORTER", List.of(MONDAY), List.of(AINO)));

        assertThat(line("a-1", "s1").state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        assertThat(feeLines.storedEvents()).isEmpty();
    }

    @Test
    void aSessionAlreadyPaidIsNotPaidAgainByALateCancellation() {
        approvals.price(Approvals.lecture("a-1", "s1").command());

        int recorded = cancellations.settle(cancellation("2025-06-16T08:00:00Z", "EXPERT_BY_EXPERIENCE",
                List.of(MONDAY), List.of(AINO)));

        assertThat(recorded).isZero();
        assertThat(line("a-1", "s1").basis()).isEqualTo(FeeBasis.APPROVED_WORK);
        assertThat(feeLines.storedEvents()).hasSize(1);
    }

    @Test
    void anIllExpertIsNotPaidAndALaterApprovalOfTheSameSessionPaysNothing() {
        cancellations.settle(new ExpertWithdrawalCommand("order-1", "keski-pohjanmaa", "soite-mental-health-unit",
                AINO, "ILLNESS", List.of(MONDAY)));

        PricingOutcome approval = approvals.price(Approvals.lecture("a-1", "s1").command());

        assertThat(approval).isEqualTo(PricingOutcome.ALREADY_RECORDED);
        assertThat(line("a-1", "s1").basis()).isEqualTo(FeeBasis.EXPERT_ILL);
        assertThat(line("a-1", "s1").state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        assertThat(feeLines.storedEvents()).isEmpty();
    }

    @Test
    void anExpertWithdrawingForAnotherReasonIsNotPaidEither() {
        cancellations.settle(new ExpertWithdrawalCommand("order-1", "keski-pohjanmaa", "soite-mental-health-unit",
                AINO, "OTHER", List.of(MONDAY, TUESDAY)));

        assertThat(line("a-1", "s2").basis()).isEqualTo(FeeBasis.EXPERT_WITHDREW);
        assertThat(feeLines.storedEvents()).isEmpty();
    }

    @Test
    void aGroupEndedEarlyPaysItsHeldSessionsEvenWithoutParticipantsButNeverTheDroppedOnes() {
        approvals.price(Approvals.lecture("a-1", "s1").outcome("NO_PARTICIPANTS").command());

        cancellations.settle(new GroupEndedEarlyCommand("order-1", "keski-pohjanmaa", "soite-mental-health-unit",
                List.of(TUESDAY), List.of(AINO, EINO)));
        PricingOutcome droppedApproval = approvals.price(Approvals.lecture("a-1", "s2").command());

        assertThat(line("a-1", "s1").gross()).isEqualTo(Money.ofCents(7500));
        assertThat(droppedApproval).isEqualTo(PricingOutcome.ALREADY_RECORDED);
        assertThat(line("a-1", "s2").basis()).isEqualTo(FeeBasis.GROUP_ENDED_EARLY);
        assertThat(line("a-2", "s2").state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        assertThat(feeLines.findAll(EarningPeriod.ALL)).hasSize(3);
        assertThat(feeLines.storedEvents()).hasSize(1);
    }

    private FeeLine line(String assignmentId, String sessionId) {
        return feeLines.find(FeeLineId.of(assignmentId, sessionId)).orElseThrow();
    }

    private static OrderCancellationCommand cancellation(String cancelledAt, String role,
            List<PlannedSession> sessions, List<ExpertOnOrder> experts) {
        return new OrderCancellationCommand("order-1", "keski-pohjanmaa", "soite-mental-health-unit", "KP-4100", role,
                "LECTURE_REGIONAL", Instant.parse(cancelledAt), sessions, experts);
    }
}
