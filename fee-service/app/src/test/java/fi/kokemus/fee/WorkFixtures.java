package fi.kokemus.fee;

import fi.kokemus.fee.domain.ApprovedWork;
import java.time.LocalDate;

/** Approved work of synthetic experts, for tests. */
public final class WorkFixtures {

    public static final String SOITE = "keski-pohjanmaa";
    public static final String ITU = "ita-uusimaa";
    public static final LocalDate MIDSUMMER_WEEK = LocalDate.of(2025, 6, 16);

    private WorkFixtures() {
    }

    public static ApprovedWork soiteWork(String assignmentId, String taskType, int occasions) {
        return work(SOITE, assignmentId, taskType, occasions, MIDSUMMER_WEEK);
    }

    public static ApprovedWork work(String county, String assignmentId, String taskType, int occasions,
            LocalDate earningDate) {
        return new ApprovedWork("order-" + assignmentId, assignmentId, "expert-aino-testinen", county,
                county + "-unit", "CC-4100", taskType, earningDate, occasions, 90);
    }
}
