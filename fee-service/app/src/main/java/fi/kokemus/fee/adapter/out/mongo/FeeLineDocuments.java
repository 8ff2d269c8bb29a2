package fi.kokemus.fee.adapter.out.mongo;

import fi.kokemus.fee.domain.ApprovedWork;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Pricing;
import java.time.LocalDate;
import org.bson.Document;

/** Maps fee lines to documents of {@code fee_lines}; earning dates are ISO strings so ranges compare as text. */
final class FeeLineDocuments {

    static final String COUNTY = "county";
    static final String EARNING_DATE = "earningDate";

    private FeeLineDocuments() {
    }

    static Document toDocument(FeeLine line) {
        ApprovedWork work = line.work();
        Document document = new Document("_id", line.id().value())
                .append("orderId", work.orderId())
                .append("assignmentId", work.assignmentId())
                .append("expertId", work.expertId())
                .append(COUNTY, work.county())
                .append("unitId", work.unitId())
                .append("costCentre", work.costCentre())
                .append("taskType", work.taskType())
                .append(EARNING_DATE, work.earningDate().toString())
                .append("occasions", work.occasions())
                .append("minutesWorked", work.minutesWorked())
                .append("state", line.state().name());
        if (line.pricing() instanceof Pricing.Priced priced) {
            document.append("grossCents", priced.gross().cents()).append("tariffRule", priced.tariffRule());
        } else if (line.pricing() instanceof Pricing.PricingRequired required) {
            document.append("pricingNote", required.reason());
        }
        return document;
    }

    static FeeLine fromDocument(Document document) {
        ApprovedWork work = new ApprovedWork(document.getString("orderId"), document.getString("assignmentId"),
                document.getString("expertId"), document.getString(COUNTY), document.getString("unitId"),
                document.getString("costCentre"), document.getString("taskType"),
                LocalDate.parse(document.getString(EARNING_DATE)), document.getInteger("occasions"),
                document.getInteger("minutesWorked"));
        Pricing pricing = FeeLineState.valueOf(document.getString("state")) == FeeLineState.PRICED
                ? new Pricing.Priced(Money.ofCents(document.getLong("grossCents")), document.getString("tariffRule"))
                : new Pricing.PricingRequired(document.getString("pricingNote"));
        return FeeLine.restore(new FeeLineId(document.getString("_id")), work, pricing);
    }
}
