package fi.kokemus.fee.domain;

import static fi.kokemus.fee.WorkFixtures.soiteWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeeLineTest {

    private static final TariffHistory SOITE = new TariffHistory("keski-pohjanmaa", PublishedTariffs.all());

    @Test
    void isIdentifiedByTheAssignmentItPays() {
        FeeLine line = FeeLine.price(soiteWork("assignment-7", "LECTURE_REGIONAL", 2), SOITE);

        assertThat(line.id()).isEqualTo(new FeeLineId("fee-assignment-7"));
    }

    @Test
    void aPricedLineIsApprovedForPayment() {
        ApprovedWork work = soiteWork("assignment-7", "LECTURE_REGIONAL", 2);

        FeeLine line = FeeLine.price(work, SOITE);

        assertThat(line.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(line.pendingEvents()).containsExactly(new FeeLineApproved(new FeeLineId("fee-assignment-7"),
                work, new Pricing.Priced(Money.ofCents(15000), "keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01")));
    }

    @Test
    void aLineNoTariffCoversWaitsForPricingAndAnnouncesNothing() {
        FeeLine line = FeeLine.price(soiteWork("assignment-8", "PANEL_MEMBER", 1), SOITE);

        assertThat(line.state()).isEqualTo(FeeLineState.PRICING_REQUIRED);
        assertThat(line.pendingEvents()).isEmpty();
    }

    @Test
    void aRestoredLineDoesNotAnnounceItselfAgain() {
        FeeLine priced = FeeLine.price(soiteWork("assignment-7", "LECTURE_REGIONAL", 2), SOITE);

        FeeLine restored = FeeLine.restore(priced.id(), priced.work(), priced.pricing());

        assertThat(restored.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void refusesWorkWithNegativeOccasionsOrMissingIds() {
        assertThatThrownBy(() -> soiteWork("assignment-7", "LECTURE_REGIONAL", -1))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("occasions"));
        assertThatThrownBy(() -> new ApprovedWork("order-1", " ", "expert-1", "keski-pohjanmaa", "unit", null,
                "CLIENT_SUPPORT", LocalDate.of(2025, 1, 1), 1, 60))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("assignmentId"));
    }

    @Test
    void refusesIdsThatNameNoAssignment() {
        assertThatThrownBy(() -> new FeeLineId("fee-")).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new FeeLineId("assignment-7")).isInstanceOf(DomainProblem.class);
    }
}
