package fi.kokemus.fee.application.port.out;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.SOITE;
import static fi.kokemus.fee.WorkFixtures.work;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TariffHistory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link FeeLineRepository} must do; each adapter runs it through a subclass. */
public abstract class FeeLineRepositoryContract {

    private static final TariffHistory SOITE_TARIFFS = new TariffHistory(SOITE, PublishedTariffs.all());
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
        assertThat(found.work()).isEqualTo(line.work());
        assertThat(found.pricing()).isEqualTo(line.pricing());
        assertThat(found.state()).isEqualTo(line.state());
        assertThat(found.pendingEvents()).isEmpty();
    }

    @Test
    void keepsALineThatNeedsPricing() {
        FeeLine line = FeeLine.price(work(ITU, "a-2", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 2)), NO_TARIFFS);

        repository.addIfAbsent(line);

        assertThat(repository.find(line.id()).orElseThrow().pricing()).isEqualTo(line.pricing());
    }

    @Test
    void aSecondLineForTheSameAssignmentIsNotStored() {
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 2)));

        boolean added = repository.addIfAbsent(FeeLine.price(
                work(SOITE, "a-1", "LECTURE_NATIONAL", 3, LocalDate.of(2025, 6, 9)), SOITE_TARIFFS));

        assertThat(added).isFalse();
        assertThat(repository.find(FeeLineId.forAssignment("a-1")).orElseThrow().work().taskType())
                .isEqualTo("LECTURE_REGIONAL");
    }

    @Test
    void findsACountysLinesInThePeriodByEarningDate() {
        repository.addIfAbsent(soiteLine("a-3", LocalDate.of(2025, 6, 30)));
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 1)));
        repository.addIfAbsent(soiteLine("a-2", LocalDate.of(2025, 7, 1)));
        repository.addIfAbsent(soiteLine("a-0", LocalDate.of(2025, 5, 31)));
        repository.addIfAbsent(FeeLine.price(work(ITU, "a-9", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 15)),
                NO_TARIFFS));

        List<FeeLine> june = repository.findInCounty(SOITE,
                new EarningPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));

        assertThat(june).extracting(line -> line.id().value()).containsExactly("fee-a-1", "fee-a-3");
    }

    @Test
    void findsEveryCountysLinesWhenAsked() {
        repository.addIfAbsent(soiteLine("a-1", LocalDate.of(2025, 6, 3)));
        repository.addIfAbsent(FeeLine.price(work(ITU, "a-9", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 2)),
                NO_TARIFFS));

        assertThat(repository.findAll(EarningPeriod.ALL)).extracting(FeeLine::county).containsExactly(ITU, SOITE);
        assertThat(repository.findAll(new EarningPeriod(LocalDate.of(2025, 6, 3), null)))
                .extracting(FeeLine::county).containsExactly(SOITE);
    }

    private static FeeLine soiteLine(String assignmentId, LocalDate earningDate) {
        return FeeLine.price(work(SOITE, assignmentId, "LECTURE_REGIONAL", 2, earningDate), SOITE_TARIFFS);
    }
}
