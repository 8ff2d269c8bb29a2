package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;

/**
 * The earnings limit an expert follows for a year, e.g. a disability pension's: annual, monthly or
 * both ({@code null} where none is set). It is the expert's own note; fee-service only compares.
 */
public record EarningsLimit(String expertUsername, int year, Money annual, Money monthly) {

    public EarningsLimit {
        if (annual == null && monthly == null) {
            throw DomainProblem.invalid("limit-required", "Give an annual or a monthly limit, or both",
                    "annualLimitCents");
        }
        if (annual != null && annual.isNegative() || monthly != null && monthly.isNegative()) {
            throw DomainProblem.invalid("negative-limit", "A limit cannot be negative", "annualLimitCents");
        }
    }
}
