package fi.kokemus.fee.adapter.out.mongo;

import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.Withholding;
import java.time.LocalDate;
import org.bson.Document;

/**
 * Maps fee lines to documents of {@code fee_lines}; earning dates are ISO strings so ranges compare
 * as text, and {@code taxableIncomeCents} is stored so a year's income sums without the domain.
 */
final class FeeLineDocuments {

    static final String COUNTY = "county";
    static final String EARNING_DATE = "earningDate";
    static final String EXPERT_ID = "expertId";
    static final String EXPERT_USERNAME = "expertUsername";
    static final String TAXABLE_INCOME = "taxableIncomeCents";
    static final String STATE = "state";
    static final String RECORDED_AT = "recordedAt";
    /** Absent from lines stored before the tax year was the payment's: those are taxed in their earning year. */
    static final String TAX_YEAR = "taxYear";

    private static final String PRICED = "priced";
    private static final String PRICING_REQUIRED = "pricingRequired";
    private static final String NOT_PAYABLE = "notPayable";

    private FeeLineDocuments() {
    }

    static Document toDocument(FeeLine line) {
        Occurrence occurrence = line.occurrence();
        Document document = new Document("_id", line.id().value())
                .append("orderId", occurrence.orderId())
                .append("assignmentId", occurrence.assignmentId())
                .append("sessionId", occurrence.sessionId())
                .append(EXPERT_ID, occurrence.expertId())
                .append(EXPERT_USERNAME, occurrence.expertUsername())
                .append(COUNTY, occurrence.county())
                .append("unitId", occurrence.unitId())
                .append("costCentre", occurrence.costCentre())
                .append("taskType", occurrence.taskType())
                .append(EARNING_DATE, occurrence.earningDate().toString())
                .append(TAX_YEAR, line.taxYear())
                .append("occasions", occurrence.occasions())
                .append("minutesWorked", occurrence.minutesWorked())
                .append("basis", line.basis().name())
                .append(STATE, line.state().name())
                .append("taxFreeReimbursementsCents", line.reimbursements().taxFree().cents())
                .append("taxableReimbursementsCents", line.reimbursements().taxable().cents())
                .append("withholdingCents", line.withholding().amount().cents())
                .append("withholdingRule", line.withholding().rule())
                .append(TAXABLE_INCOME, line.taxableIncome().cents())
                .append("reverses", line.reverses() == null ? null : line.reverses().value());
        if (line.pricing() instanceof Pricing.Priced priced) {
            document.append("pricing", PRICED).append("grossCents", priced.gross().cents())
                    .append("tariffRule", priced.tariffRule());
        } else if (line.pricing() instanceof Pricing.PricingRequired required) {
            document.append("pricing", PRICING_REQUIRED).append("pricingNote", required.reason());
        } else if (line.pricing() instanceof Pricing.NotPayable notPayable) {
            document.append("pricing", NOT_PAYABLE).append("pricingNote", notPayable.reason());
        }
        return document;
    }

    static FeeLine fromDocument(Document document) {
        Occurrence occurrence = new Occurrence(document.getString("orderId"), document.getString("assignmentId"),
                document.getString("sessionId"), document.getString(EXPERT_ID), document.getString(EXPERT_USERNAME),
                document.getString(COUNTY), document.getString("unitId"), document.getString("costCentre"),
                document.getString("taskType"), LocalDate.parse(document.getString(EARNING_DATE)),
                document.getInteger("occasions"), document.getInteger("minutesWorked"));
        Reimbursements reimbursements = new Reimbursements(cents(document, "taxFreeReimbursementsCents"),
                cents(document, "taxableReimbursementsCents"));
        Withholding withholding = new Withholding(cents(document, "withholdingCents"),
                document.getString("withholdingRule"));
        String reverses = document.getString("reverses");
        Integer taxYear = document.getInteger(TAX_YEAR);
        return FeeLine.restore(new FeeLineId(document.getString("_id")), occurrence,
                taxYear == null ? occurrence.earningDate().getYear() : taxYear,
                FeeBasis.valueOf(document.getString("basis")), pricing(document), reimbursements, withholding,
                reverses == null ? null : new FeeLineId(reverses));
    }

    private static Pricing pricing(Document document) {
        return switch (document.getString("pricing")) {
            case PRICED -> new Pricing.Priced(cents(document, "grossCents"), document.getString("tariffRule"));
            case PRICING_REQUIRED -> new Pricing.PricingRequired(document.getString("pricingNote"));
            default -> new Pricing.NotPayable(document.getString("pricingNote"));
        };
    }

    private static Money cents(Document document, String field) {
        return Money.ofCents(document.get(field, Number.class).longValue());
    }
}
