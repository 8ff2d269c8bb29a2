package fi.kokemus.fee.domain;

import java.util.Objects;

/** The outcome of pricing approved work: a gross fee from a named tariff row, or a person must decide. */
public sealed interface Pricing {

    /** @param tariffRule the tariff row that priced it, see {@link Tariff#ruleFor} */
    record Priced(Money gross, String tariffRule) implements Pricing {
        public Priced {
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(tariffRule, "tariffRule");
        }
    }

    /** @param reason why no tariff row could price the work */
    record PricingRequired(String reason) implements Pricing {
        public PricingRequired {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
