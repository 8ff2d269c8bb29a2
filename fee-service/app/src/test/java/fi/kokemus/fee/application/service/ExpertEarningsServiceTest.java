package fi.kokemus.fee.application.service;

import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.application.port.out.InMemoryEarningsLimitRepository;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.Withholding;
import fi.kokemus.fee.domain.YearOfEarnings;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExpertEarningsServiceTest {

    private static final Actor AINO = new Actor("sub-aino", WorkFixtures.USERNAME, Set.of(Role.EXPERT), null, null);
    private static final Actor EERO = new Actor("sub-eero", "eero.esimerkki", Set.of(Role.EXPERT), null, null);

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final InMemoryEarningsLimitRepository limits = new InMemoryEarningsLimitRepository();
    private final ExpertEarningsService service = new ExpertEarningsService(feeLines, limits);

    @BeforeEach
    void storeLinesOfTwoExperts() {
        feeLines.addIfAbsent(paid("ita-uusimaa", "a-jan", LocalDate.of(2026, 1, 20), 30000, 1200, 0, 6000));
        feeLines.addIfAbsent(paid("keski-pohjanmaa", "a-feb", LocalDate.of(2026, 2, 3), 7500, 0, 300, 1560));
        feeLines.addIfAbsent(paid("ita-uusimaa", "a-2025", LocalDate.of(2025, 12, 31), 9900, 0, 0, 0));
        Occurrence eerosWork = new Occurrence("order-e", "a-eero", "s1", "expert-eero-esimerkki", "eero.esimerkki",
                "ita-uusimaa", "ita-uusimaa-unit", "CC-1", "CLIENT_SUPPORT", LocalDate.of(2026, 1, 5), 1, 60);
        feeLines.addIfAbsent(FeeLine.settle(eerosWork, eerosWork.earningDate().getYear(), FeeBasis.APPROVED_WORK,
                new Pricing.Priced(Money.ofCents(100000), "ita-uusimaa/CLIENT_SUPPORT/test"), Reimbursements.NONE,
                Withholding.NONE));
    }

    @Test
    void anExpertSeesTheirOwnYearInEveryCountyNextToTheLimitTheySet() {
        service.setOwnLimit(AINO, 2026, Money.ofCents(50000), Money.ofCents(20000));

        YearOfEarnings year = service.showOwn(AINO, 2026);

        assertThat(year.total().lineCount()).isEqualTo(2);
        assertThat(year.total().taxableIncome()).isEqualTo(Money.ofCents(30000 + 7500 + 300));
        assertThat(year.annualHeadroom()).contains(Money.ofCents(50000 - 37800));
        assertThat(year.months().get(0).headroom()).contains(Money.ofCents(20000 - 30000));
        assertThat(year.months().get(1).totals().taxableReimbursements()).isEqualTo(Money.ofCents(300));
    }

    @Test
    void neverAnotherExpertsLinesNorTheirLimit() {
        service.setOwnLimit(EERO, 2026, Money.ofCents(1), null);

        YearOfEarnings aino = service.showOwn(AINO, 2026);

        assertThat(aino.total().gross()).isEqualTo(Money.ofCents(37500));
        assertThat(aino.limit()).isEmpty();
        assertThat(service.showOwn(EERO, 2026).total().gross()).isEqualTo(Money.ofCents(100000));
    }

    @Test
    void anExpertWithoutFeesSeesAnEmptyYear() {
        Actor newcomer = new Actor("sub-new", "uusi.testaaja", Set.of(Role.EXPERT), null, null);

        YearOfEarnings year = service.showOwn(newcomer, 2026);

        assertThat(year.months()).hasSize(12);
        assertThat(year.total().lineCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FINANCE", "COORDINATOR", "ORDERER", "NGO_PARTNER", "ADMIN"})
    void onlyExpertsHaveAnOwnView(Role role) {
        Actor other = new Actor("sub", WorkFixtures.USERNAME, Set.of(role), "ita-uusimaa", null);

        assertThatThrownBy(() -> service.showOwn(other, 2026)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> service.setOwnLimit(other, 2026, Money.ofCents(1), null))
                .isInstanceOf(DomainProblem.class);
        assertThat(limits.find(WorkFixtures.USERNAME, 2026)).isEmpty();
    }
}
