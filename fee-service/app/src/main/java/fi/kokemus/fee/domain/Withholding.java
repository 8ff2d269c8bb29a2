package fi.kokemus.fee.domain;

import java.util.Objects;

/** @param rule how it was computed, e.g. {@code tax-card 2025: 12.5 %} or {@code no tax card: 60 %} */
public record Withholding(Money amount, String rule) {

    public static final Withholding NONE = new Withholding(Money.ZERO, "nothing to withhold");

    public Withholding {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rule, "rule");
    }

    public Withholding negated() {
        return new Withholding(amount.negated(), "reversal of " + rule);
    }
}
