package fi.kokemus.fee.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Reimbursements;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoFeeCorrectionRepositoryTest {

    private static final FeeLineId LINE = FeeLineId.of("a-1", "s1");
    private static final FeeCorrection CORRECTION = new FeeCorrection(LINE, FeeCorrection.Kind.CORRECTION,
            Money.ofCents(5000), new Reimbursements(Money.ofCents(1234), Money.ofCents(56)),
            "A development group, not a lecture", "finance.soite", Instant.parse("2025-07-01T08:00:00Z"));

    private MongoFeeCorrectionRepository repository;

    @BeforeEach
    void setUp() {
        repository = new MongoFeeCorrectionRepository(MongoTestDatabase.fresh("fee-corrections-adapter-test"));
    }

    @Test
    void readsBackTheDecisionByTheLineDecidedAbout() {
        assertThat(repository.addIfAbsent(CORRECTION)).isTrue();

        assertThat(repository.find(LINE)).contains(CORRECTION);
        assertThat(repository.find(LINE.nextRevision())).isEmpty();
    }

    @Test
    void keepsTheFirstDecisionAboutALine() {
        repository.addIfAbsent(CORRECTION);

        assertThat(repository.addIfAbsent(new FeeCorrection(LINE, FeeCorrection.Kind.CORRECTION, Money.ZERO,
                Reimbursements.NONE, "A second opinion", "admin", Instant.parse("2025-07-02T08:00:00Z")))).isFalse();
        assertThat(repository.find(LINE)).contains(CORRECTION);
    }
}
