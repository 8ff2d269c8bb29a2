package fi.kokemus.fee.domain;

import java.util.Objects;

/**
 * What the fee rules decided about one occurrence's fee: a gross fee under a named rule, nothing to
 * pay at all, or a person must decide.
 */
public sealed interface Pricing {

    /**
     * @param gross      the gross fee; zero when only reimbursements are paid (peer support, a waived fee)
     * @param tariffRule the tariff row or rule that priced it, see {@link Tariff#ruleFor}
     */
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

    /** @param reason which rule says nothing is paid, neither fee nor reimbursements */
    record NotPayable(String reason) implements Pricing {
        public NotPayable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
