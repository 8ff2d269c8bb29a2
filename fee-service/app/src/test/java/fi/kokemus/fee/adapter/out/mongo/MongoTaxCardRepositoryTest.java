package fi.kokemus.fee.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.domain.ExpertAccount;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoTaxCardRepositoryTest {

    private static final String AINO = "expert-aino-testinen";

    private MongoTaxCardRepository repository;

    @BeforeEach
    void setUp() {
        repository = new MongoTaxCardRepository(MongoTestDatabase.fresh("tax-cards-adapter-test"));
    }

    @Test
    void readsBackACardWithItsExactPercentsByExpertAndYear() {
        TaxCard card = new TaxCard(AINO, 2025, new BigDecimal("12.25"), new BigDecimal("40.5"), Money.ofCents(1_500_000));

        repository.save(card, "finance.soite");

        assertThat(repository.find(AINO, 2025)).contains(card);
        assertThat(repository.find(AINO, 2026)).isEmpty();
        assertThat(repository.find("expert-eino-esimerkki", 2025)).isEmpty();
    }

    @Test
    void aCardSavedAgainReplacesTheYearsCard() {
        repository.save(new TaxCard(AINO, 2025, BigDecimal.TEN, BigDecimal.TEN, Money.ZERO), "finance.soite");
        TaxCard corrected = new TaxCard(AINO, 2025, new BigDecimal("20"), new BigDecimal("30"), Money.ofCents(100));

        repository.save(corrected, "aino.testinen");

        assertThat(repository.find(AINO, 2025)).contains(corrected);
    }

    @Test
    void keepsOneRequestPerExpertAndYear() {
        TaxCardRequest first = new TaxCardRequest(AINO, "aino.testinen", 2025, TaxCardRequest.Reason.FIRST_FEE_WITHOUT_CARD, FeeLineId.of("a-1", "s1"),
                LocalDate.of(2025, 6, 20));
        TaxCardRequest eino = TaxCardRequest.forNewYear(new ExpertAccount("expert-eino-esimerkki", "eino.esimerkki"),
                2025, LocalDate.of(2025, 6, 21));

        assertThat(repository.addRequestIfAbsent(first)).isTrue();
        assertThat(repository.addRequestIfAbsent(new TaxCardRequest(AINO, "aino.testinen", 2025,
                TaxCardRequest.Reason.FIRST_FEE_WITHOUT_CARD, FeeLineId.of("a-3", "s1"), LocalDate.of(2025, 7, 1)))).isFalse();
        repository.addRequestIfAbsent(eino);

        assertThat(repository.requestsOf(2025)).containsExactly(first, eino);
        assertThat(repository.requestsOf(2026)).isEmpty();
    }
}
