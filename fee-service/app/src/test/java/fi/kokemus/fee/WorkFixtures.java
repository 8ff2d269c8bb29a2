package fi.kokemus.fee;

import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.PricingPolicy;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.Withholding;
import java.time.LocalDate;

/** Payable sessions of synthetic experts, for tests. */
public final class WorkFixtures {

    public static final String SOITE = "keski-pohjanmaa";
    public static final String ITU = "ita-uusimaa";
    public static final String SESSION = "s1";
    public static final String EXPERT = "expert-aino-testinen";
    public static final String USERNAME = "aino.testinen";
    public static final LocalDate MIDSUMMER_WEEK = LocalDate.of(2025, 6, 16);

    private WorkFixtures() {
    }

    public static Occurrence soiteWork(String assignmentId, String taskType, int occasions) {
        return work(SOITE, assignmentId, taskType, occasions, MIDSUMMER_WEEK);
    }

    public static Occurrence work(String county, String assignmentId, String taskType, int occasions,
            LocalDate earningDate) {
        return new Occurrence("order-" + assignmentId, assignmentId, SESSION, EXPERT, USERNAME, county,
                county + "-unit", "CC-4100", taskType, earningDate, occasions, 90);
    }

    /** The line of approved work priced by the tariff alone: no travel, nothing withheld. */
    public static FeeLine tariffLine(Occurrence work, TariffHistory tariffs) {
        return FeeLine.settle(work, work.earningDate().getYear(), FeeBasis.APPROVED_WORK,
                PricingPolicy.price(work, tariffs), Reimbursements.NONE, Withholding.NONE);
    }
}
