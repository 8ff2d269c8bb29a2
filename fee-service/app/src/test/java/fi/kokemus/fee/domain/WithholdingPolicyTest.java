package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithholdingPolicyTest {

    @ParameterizedTest(name = "{0} c, earned before {1} c, card {2} % / {3} % up to {4} c → {5} c")
    @CsvSource({
        // below the limit: the base percent
        "7500,      0, 20,   40, 1000000, 1500",
        "7500, 992500, 20,   40, 1000000, 1500",
        // at or above the limit already: the additional percent
        "7500, 1000000, 20,  40, 1000000, 3000",
        "7500, 2000000, 20,  40, 1000000, 3000",
        // a fee that crosses the limit: 2500 c at 20 %, 5000 c at 40 %
        "7500, 997500, 20,   40, 1000000, 2500",
        // a zero limit: everything is above it
        "7500,      0, 20,   40,       0, 3000",
        // decimals, summed exactly and rounded half-up once: 3333 × 12.5 % = 416.625
        "3333,      0, 12.5, 40, 1000000,  417",
        // 1001 c at 10.25 % = 102.6025, 999 c at 33.33 % = 332.9667; together 435.5692
        "2000, 998999, 10.25, 33.33, 1000000, 436",
        // 0 % card
        "7500,      0, 0,     0, 1000000,    0",
    })
    void withholdsByTheTaxCardAcrossTheIncomeLimit(long incomeCents, long earnedBeforeCents, BigDecimal percent,
            BigDecimal additionalPercent, long limitCents, long expectedCents) {
        TaxCard card = new TaxCard("expert-1", 2025, percent, additionalPercent, Money.ofCents(limitCents));

        Withholding withholding = WithholdingPolicy.withhold(Money.ofCents(incomeCents), Optional.of(card),
                Money.ofCents(earnedBeforeCents));

        assertThat(withholding.amount()).isEqualTo(Money.ofCents(expectedCents));
    }

    @ParameterizedTest(name = "{0} c without a tax card → {1} c")
    @CsvSource({"7500, 4500", "3333, 2000", "1, 1", "12345, 7407"})
    void withoutATaxCardWithholds60Percent(long incomeCents, long expectedCents) {
        Withholding withholding = WithholdingPolicy.withhold(Money.ofCents(incomeCents), Optional.empty(),
                Money.ZERO);

        assertThat(withholding).isEqualTo(new Withholding(Money.ofCents(expectedCents), "no tax card: 60 %"));
    }

    @Test
    void namesHowItSplitTheFee() {
        TaxCard card = new TaxCard("expert-1", 2025, new BigDecimal("20"), new BigDecimal("40"), Money.ofCents(1000000));

        assertThat(WithholdingPolicy.withhold(Money.ofCents(7500), Optional.of(card), Money.ofCents(997500)).rule())
                .isEqualTo("tax-card 2025: 20 % on 2500 c, 40 % on 5000 c above the limit");
    }

    @Test
    void nothingIsWithheldFromNothing() {
        assertThat(WithholdingPolicy.withhold(Money.ZERO, Optional.empty(), Money.ZERO)).isEqualTo(Withholding.NONE);
    }

    @Test
    void aTaxCardHasPercentsFromZeroToHundredAndNoNegativeLimit() {
        Money limit = Money.ofCents(100);
        assertThatThrownBy(() -> new TaxCard("e", 2025, new BigDecimal("-1"), BigDecimal.TEN, limit))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("withholdingPercent"));
        assertThatThrownBy(() -> new TaxCard("e", 2025, BigDecimal.TEN, new BigDecimal("100.01"), limit))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("additionalPercent"));
        assertThatThrownBy(() -> new TaxCard("e", 2025, new BigDecimal("10.125"), BigDecimal.TEN, limit))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new TaxCard("e", 2025, BigDecimal.TEN, BigDecimal.TEN, Money.ofCents(-1)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("incomeLimitCents"));
        assertThatThrownBy(() -> new TaxCard(" ", 2025, BigDecimal.TEN, BigDecimal.TEN, limit))
                .isInstanceOf(DomainProblem.class);
    }
}
