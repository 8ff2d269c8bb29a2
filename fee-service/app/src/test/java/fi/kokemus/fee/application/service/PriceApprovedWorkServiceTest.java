package fi.kokemus.fee.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineApproved;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceApprovedWorkServiceTest {

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final PriceApprovedWorkService service =
            new PriceApprovedWorkService(feeLines, new InMemoryTariffRepository(PublishedTariffs.all()));

    @Test
    void recordsAPricedLineAndApprovesItForPayment() {
        PricingOutcome outcome = service.price(soiteApproval("assignment-1", "LECTURE_REGIONAL", 2));

        assertThat(outcome).isEqualTo(PricingOutcome.RECORDED);
        FeeLine line = feeLines.find(FeeLineId.forAssignment("assignment-1")).orElseThrow();
        assertThat(line.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(feeLines.storedEvents()).singleElement().isInstanceOfSatisfying(FeeLineApproved.class,
                approved -> assertThat(approved.pricing().gross()).isEqualTo(Money.ofCents(15000)));
    }

    @Test
    void aRepeatedApprovalOfTheSameAssignmentChangesNothing() {
        service.price(soiteApproval("assignment-1", "LECTURE_REGIONAL", 2));

        PricingOutcome again = service.price(soiteApproval("assignment-1", "LECTURE_REGIONAL", 2));

        assertThat(again).isEqualTo(PricingOutcome.ALREADY_RECORDED);
        assertThat(feeLines.findAll(EarningPeriod.ALL)).hasSize(1);
        assertThat(feeLines.storedEvents()).hasSize(1);
    }

    @Test
    void workNoTariffRowCoversIsKeptForPricingWithoutAnnouncingAFee() {
        service.price(soiteApproval("assignment-2", "PANEL_MEMBER", 1));

        assertThat(feeLines.find(FeeLineId.forAssignment("assignment-2")).orElseThrow().state())
                .isEqualTo(FeeLineState.PRICING_REQUIRED);
        assertThat(feeLines.storedEvents()).isEmpty();
    }

    @Test
    void earnsOnTheFinnishDateTheWorkStarted() {
        // 23.30 on 31 May in Finland (UTC+3) is still 31 May, though it is 20.30 UTC
        service.price(approval("assignment-3", Instant.parse("2025-05-31T20:30:00Z")));
        // 00.30 on 1 June in Finland is the previous day in UTC
        service.price(approval("assignment-4", Instant.parse("2025-05-31T21:30:00Z")));

        assertThat(earningDateOf("assignment-3")).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(earningDateOf("assignment-4")).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void refusesApprovalsWithoutAStartTimeAndStoresNothing() {
        assertThatThrownBy(() -> service.price(approval("assignment-5", null)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("startsAt"));
        assertThat(feeLines.find(FeeLineId.forAssignment("assignment-5"))).isEmpty();
    }

    private LocalDate earningDateOf(String assignmentId) {
        return feeLines.find(FeeLineId.forAssignment(assignmentId)).orElseThrow().work().earningDate();
    }

    private static PriceApprovedWorkCommand soiteApproval(String assignmentId, String taskType, int occasions) {
        return new PriceApprovedWorkCommand("order-1", assignmentId, "expert-1", "keski-pohjanmaa",
                "soite-mental-health-unit", "CC-4100", taskType, Instant.parse("2025-06-16T09:00:00Z"), occasions, 90);
    }

    private static PriceApprovedWorkCommand approval(String assignmentId, Instant startsAt) {
        return new PriceApprovedWorkCommand("order-1", assignmentId, "expert-1", "keski-pohjanmaa",
                "soite-mental-health-unit", "CC-4100", "CLIENT_SUPPORT", startsAt, 1, 60);
    }
}
