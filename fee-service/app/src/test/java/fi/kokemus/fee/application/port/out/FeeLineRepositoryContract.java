package fi.kokemus.fee.application.port.out;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.SOITE;
import static fi.kokemus.fee.WorkFixtures.work;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.ExpertAccount;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.Withholding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link FeeLineRepository} must do; each adapter runs it through a subclass. */
public abstract class FeeLineRepositoryContract {

    private static final TariffHistory SOITE_TARIFFS = new TariffHistory(SOITE, List.of(PublishedTariffs.SOITE_2024));
    private static final TariffHistory NO_TARIFFS = new TariffHistory(ITU, List.of());

    private FeeLineRepository repository;

    /** A repository holding no lines. */
    protected abstract FeeLineRepository emptyRepository();

    @BeforeEach
    void setUp() {
        repository = emptyRepository();
    }

    @Test
    void findsWhatItStoredFieldByField() {
        FeeLine line = soiteLine("a-1", LocalDate.of(2025, 6, 2));

        assertThat(repository.addIfAbsent(line)).isTrue();

        FeeLine found = repository.find(line.id()).orElseThrow();
        assertThat(found.occurrence()).isEqualTo(line.occurrence());
        assertThat(found.pricing()).isEqualTo(line.pricing());
        assertThat(found.state()).isEqualTo(line.state());
        assertThat(found.pendingEvents()).isEmpty();
    }

    @Test
    void keepsALineThatNeedsPricing() {
        FeeLine line = WorkFixtures.tariffLine(work(ITU, "a-2", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 2)), NO_TARIFFS);

        repository.addIfAbsent(line);

        assertThat(repository.find(line.id()).orElseThrow().pricing()).isEqualTo(line.pricing());
    }

    @Test
    void aSecondLineForTheSameAssignmentIsNotStored() {
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 2)));

        boolean added = repository.addIfAbsent(WorkFixtures.tariffLine(
                work(SOITE, "a-1", "LECTURE_NATIONAL", 3, LocalDate.of(2025, 6, 9)), SOITE_TARIFFS));

        assertThat(added).isFalse();
        assertThat(repository.find(FeeLineId.of("a-1", WorkFixtures.SESSION)).orElseThrow().occurrence().taskType())
                .isEqualTo("LECTURE_REGIONAL");
    }

    @Test
    void findsACountysLinesInThePeriodByEarningDate() {
        repository.addIfAbsent(soiteLine("a-3", LocalDate.of(2025, 6, 30)));
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 1)));
        repository.addIfAbsent(soiteLine("a-2", LocalDate.of(2025, 7, 1)));
        repository.addIfAbsent(soiteLine("a-0", LocalDate.of(2025, 5, 31)));
        repository.addIfAbsent(WorkFixtures.tariffLine(work(ITU, "a-9", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 15)),
                NO_TARIFFS));

        List<FeeLine> june = repository.findInCounty(SOITE,
                new EarningPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));

        assertThat(june).extracting(line -> line.id().value()).containsExactly("fee-a-1.s1", "fee-a-3.s1");
    }

    @Test
    void findsEveryCountysLinesWhenAsked() {
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 3)));
        repository.addIfAbsent(WorkFixtures.tariffLine(work(ITU, "a-9", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 2)),
                NO_TARIFFS));

        assertThat(repository.findAll(EarningPeriod.ALL)).extracting(FeeLine::county).containsExactly(ITU, SOITE);
        assertThat(repository.findAll(new EarningPeriod(LocalDate.of(2025, 6, 3), null)))
                .extracting(FeeLine::county).containsExactly(SOITE);
    }

    @Test
    void keepsEveryAmountOfALineAndOfItsReversal() {
        FeeLine line = FeeLine.settle(work(SOITE, "a-1", "LECTURE_REGIONAL", 1, LocalDate.of(2025, 6, 2)), 2025,
                FeeBasis.APPROVED_WORK, new Pricing.Priced(Money.ofCents(7500), "keski-pohjanmaa/LECTURE_REGIONAL"),
                new Reimbursements(Money.ofCents(5900), Money.ofCents(1000)),
                new Withholding(Money.ofCents(5100), "no tax card: 60 %"));
        FeeLine reversal = line.reversal(line.taxYear());
        FeeLine illness = FeeLine.settle(work(SOITE, "a-2", null, 0, LocalDate.of(2025, 6, 2)), 2025,
                FeeBasis.EXPERT_ILL, new Pricing.NotPayable("The expert fell ill"), Reimbursements.NONE,
                Withholding.NONE);

        repository.addIfAbsent(line);
        repository.addIfAbsent(reversal);
        repository.addIfAbsent(illness);

        for (FeeLine stored : List.of(line, reversal, illness)) {
            FeeLine found = repository.find(stored.id()).orElseThrow();
            assertThat(found.occurrence()).isEqualTo(stored.occurrence());
            assertThat(found.basis()).isEqualTo(stored.basis());
            assertThat(found.pricing()).isEqualTo(stored.pricing());
            assertThat(found.reimbursements()).isEqualTo(stored.reimbursements());
            assertThat(found.withholding()).isEqualTo(stored.withholding());
            assertThat(found.reverses()).isEqualTo(stored.reverses());
            assertThat(found.state()).isEqualTo(stored.state());
        }
    }

    @Test
    void sumsAnExpertsTaxableIncomeOfACalendarYear() {
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 1, 1)));
        repository.addIfAbsent(soiteLine("a-2", LocalDate.of(2025, 12, 31)));
        repository.addIfAbsent(soiteLine("a-3", LocalDate.of(2024, 12, 31)));
        repository.addIfAbsent(soiteLine("a-4", LocalDate.of(2026, 1, 1)));
        FeeLine reversed = soiteLine("a-5", LocalDate.of(2025, 6, 1));
        repository.addIfAbsent(reversed);
        repository.addIfAbsent(reversed.reversal(reversed.taxYear()));
        repository.addIfAbsent(FeeLine.settle(new Occurrence("order-9", "a-9", "s1", "expert-eino-esimerkki",
                "eino.esimerkki", SOITE, "unit", null, "LECTURE_REGIONAL", LocalDate.of(2025, 6, 1), 1, 60), 2025,
                FeeBasis.APPROVED_WORK, new Pricing.Priced(Money.ofCents(7500), "rule"), Reimbursements.NONE,
                Withholding.NONE));

        assertThat(repository.taxableIncomeOf(WorkFixtures.EXPERT, 2025)).isEqualTo(Money.ofCents(30000));
        assertThat(repository.taxableIncomeOf(WorkFixtures.EXPERT, 2027)).isEqualTo(Money.ZERO);
    }

    @Test
    void listsTheExpertsWithTaxableIncomeInAYearOnceEach() {
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 3, 1)));
        repository.addIfAbsent(soiteLine("a-2", LocalDate.of(2025, 9, 1)));
        repository.addIfAbsent(soiteLine("a-3", LocalDate.of(2024, 9, 1)));
        repository.addIfAbsent(FeeLine.settle(new Occurrence("order-9", "a-9", "s1", "expert-eino-esimerkki",
                "eino.esimerkki", SOITE, "unit", null, null, LocalDate.of(2025, 6, 1), 0, 0), 2025, FeeBasis.EXPERT_ILL,
                new Pricing.NotPayable("The expert fell ill"), Reimbursements.NONE, Withholding.NONE));

        assertThat(repository.expertsPaidIn(2025))
                .containsExactly(new ExpertAccount(WorkFixtures.EXPERT, WorkFixtures.USERNAME));
        assertThat(repository.expertsPaidIn(2023)).isEmpty();
    }

    @Test
    void knowsInWhichCountiesAnExpertHasLines() {
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 2)));

        assertThat(repository.hasLineInCounty(WorkFixtures.EXPERT, SOITE)).isTrue();
        assertThat(repository.hasLineInCounty(WorkFixtures.EXPERT, ITU)).isFalse();
        assertThat(repository.hasLineInCounty("expert-eino-esimerkki", SOITE)).isFalse();
    }

    @Test
    void knowsAnExpertByTheirAccountOnceALineOfTheirsIsStored() {
        assertThat(repository.expertIdOf(WorkFixtures.USERNAME)).isEmpty();

        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 2)));

        assertThat(repository.expertIdOf(WorkFixtures.USERNAME)).contains(WorkFixtures.EXPERT);
        assertThat(repository.expertIdOf("someone.else")).isEmpty();
    }

    @Test
    void countsALineInTheYearItIsPaidNotTheYearItWasEarned() {
        FeeLine decemberWorkPaidInJanuary = decemberWorkPaidIn2026();

        repository.addIfAbsent(decemberWorkPaidInJanuary);

        assertThat(repository.find(decemberWorkPaidInJanuary.id()).orElseThrow().taxYear()).isEqualTo(2026);
        assertThat(repository.taxableIncomeOf(WorkFixtures.EXPERT, 2025)).isEqualTo(Money.ZERO);
        assertThat(repository.taxableIncomeOf(WorkFixtures.EXPERT, 2026)).isEqualTo(Money.ofCents(7500));
        assertThat(repository.expertsPaidIn(2025)).isEmpty();
        assertThat(repository.expertsPaidIn(2026)).extracting(ExpertAccount::expertId)
                .containsExactly(WorkFixtures.EXPERT);
        assertThat(repository.findOfExpertInTaxYear(WorkFixtures.EXPERT, 2025)).isEmpty();
        assertThat(repository.findOfExpertInTaxYear(WorkFixtures.EXPERT, 2026))
                .extracting(FeeLine::id).containsExactly(decemberWorkPaidInJanuary.id());
    }

    /** A lecture on 28 December 2025 reported after December's cut-off: paid at the end of January 2026. */
    protected static FeeLine decemberWorkPaidIn2026() {
        return FeeLine.settle(work(SOITE, "a-december", "LECTURE_REGIONAL", 1, LocalDate.of(2025, 12, 28)), 2026,
                FeeBasis.APPROVED_WORK, new Pricing.Priced(Money.ofCents(7500), "keski-pohjanmaa/LECTURE_REGIONAL"),
                Reimbursements.NONE, new Withholding(Money.ofCents(4500), "no tax card: 60 %"));
    }

    private static FeeLine soiteLine(String assignmentId, LocalDate earningDate) {
        return WorkFixtures.tariffLine(work(SOITE, assignmentId, "LECTURE_REGIONAL", 2, earningDate), SOITE_TARIFFS);
    }
}
