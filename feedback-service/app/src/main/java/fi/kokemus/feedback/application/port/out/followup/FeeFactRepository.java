package fi.kokemus.feedback.application.port.out.followup;

import fi.kokemus.feedback.domain.followup.FeeFact;
import fi.kokemus.feedback.domain.followup.PaymentBatch;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import java.util.List;

/** Fee lines and payment batches fee-service announced, each stored once under its own id. */
public interface FeeFactRepository {

    void save(FeeFact fee);

    void save(PaymentBatch batch);

    /** Gives the expert's fee lines {@code pseudonym} instead of their id. */
    void pseudonymise(String expertId, String pseudonym);

    /** The county's fee lines with an earning date in the period, reversals included. */
    List<FeeFact> linesEarnedIn(String county, ReportPeriod period);

    /** The county's closed batches with a payment date in the period. */
    List<PaymentBatch> batchesPaidIn(String county, ReportPeriod period);
}
