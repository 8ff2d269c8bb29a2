package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An expert's tax card for one calendar year: {@code withholdingPercent} on income up to
 * {@code incomeLimit} earned in the year, {@code additionalPercent} on income above it.
 */
public record TaxCard(String expertId, int year, BigDecimal withholdingPercent, BigDecimal additionalPercent,
        Money incomeLimit) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaxCard {
        if (expertId == null || expertId.isBlank()) {
            throw DomainProblem.invalid("invalid-tax-card", "A tax card needs the expert", "expertId");
        }
        if (year < 2000 || year > 2999) {
            throw DomainProblem.invalid("invalid-tax-card", "A tax card is for a calendar year", "year");
        }
        requirePercent(withholdingPercent, "withholdingPercent");
        requirePercent(additionalPercent, "additionalPercent");
        Objects.requireNonNull(incomeLimit, "incomeLimit");
        if (incomeLimit.isNegative()) {
            throw DomainProblem.invalid("invalid-tax-card", "The income limit cannot be negative", "incomeLimitCents");
        }
    }

    private static void requirePercent(BigDecimal percent, String field) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.scale() > 2) {
            throw DomainProblem.invalid("invalid-tax-card",
                    "A withholding percent is 0–100 with at most two decimals", field);
        }
    }
}
