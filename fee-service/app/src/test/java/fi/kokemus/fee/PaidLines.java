package fi.kokemus.fee;

import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FinnishCalendar;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.Withholding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Priced lines with every kind of amount, for batches, exports and reports. */
public final class PaidLines {

    private PaidLines() {
    }

    /** A client-support line of Aino Testinen: fee, tax-free and taxable travel, withholding. */
    public static FeeLine paid(String county, String assignmentId, LocalDate earningDate, long grossCents,
            long taxFreeCents, long taxableCents, long withholdingCents) {
        return FeeLine.settle(WorkFixtures.work(county, assignmentId, "CLIENT_SUPPORT", 1, earningDate),
                earningDate.getYear(), FeeBasis.APPROVED_WORK,
                new Pricing.Priced(Money.ofCents(grossCents), county + "/CLIENT_SUPPORT/test"),
                new Reimbursements(Money.ofCents(taxFreeCents), Money.ofCents(taxableCents)),
                new Withholding(Money.ofCents(withholdingCents), "tax-card: 20 %"));
    }

    /** An instant given as Finnish local time, e.g. {@code 2026-11-09T23:59:59}. */
    public static Instant helsinki(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(FinnishCalendar.ZONE).toInstant();
    }
}
