package fi.kokemus.fee.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.domain.EarningsLimit;
import fi.kokemus.fee.domain.Money;
import org.junit.jupiter.api.Test;

class MongoEarningsLimitRepositoryTest {

    private final MongoEarningsLimitRepository limits =
            new MongoEarningsLimitRepository(MongoTestDatabase.fresh("earnings-limits-adapter-test"));

    @Test
    void keepsOneLimitPerAccountAndYearTheLatestReplacingTheEarlier() {
        limits.save(new EarningsLimit("aino.testinen", 2026, Money.ofCents(100000), null));
        limits.save(new EarningsLimit("aino.testinen", 2026, null, Money.ofCents(85000)));
        limits.save(new EarningsLimit("aino.testinen", 2027, Money.ofCents(1), Money.ofCents(2)));

        assertThat(limits.find("aino.testinen", 2026))
                .contains(new EarningsLimit("aino.testinen", 2026, null, Money.ofCents(85000)));
        assertThat(limits.find("aino.testinen", 2027))
                .contains(new EarningsLimit("aino.testinen", 2027, Money.ofCents(1), Money.ofCents(2)));
        assertThat(limits.find("eero.esimerkki", 2026)).isEmpty();
    }
}
