package fi.kokemus.feedback.adapter.out.mongo.followup;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fi.kokemus.feedback.application.port.out.followup.FeeFactRepository;
import fi.kokemus.feedback.domain.followup.FeeFact;
import fi.kokemus.feedback.domain.followup.PaymentBatch;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Fee lines under their fee line id and batches under their batch id; dates as ISO strings. */
@Repository
public class MongoFeeFactRepository implements FeeFactRepository {

    public static final String LINES = "followup_fee_lines";
    public static final String BATCHES = "followup_fee_batches";

    private final MongoCollection<Document> lines;
    private final MongoCollection<Document> batches;

    public MongoFeeFactRepository(MongoDatabase database) {
        this.lines = database.getCollection(LINES);
        this.batches = database.getCollection(BATCHES);
        lines.createIndex(Indexes.ascending("county", "earningDate"));
        batches.createIndex(Indexes.ascending("county", "paymentDate"));
    }

    @Override
    public void pseudonymise(String expertId, String pseudonym) {
        lines.updateMany(eq("expertId", expertId), Updates.set("expertId", pseudonym));
    }

    @Override
    public void save(FeeFact fee) {
        lines.replaceOne(eq("_id", fee.feeLineId()), new Document("_id", fee.feeLineId())
                .append("county", fee.county())
                .append("expertId", fee.expertId())
                .append("taskType", fee.taskType())
                .append("earningDate", fee.earningDate().toString())
                .append("grossCents", fee.grossCents())
                .append("reimbursementsCents", fee.reimbursementsCents())
                .append("reversesFeeLineId", fee.reversesFeeLineId()), new ReplaceOptions().upsert(true));
    }

    @Override
    public void save(PaymentBatch batch) {
        batches.replaceOne(eq("_id", batch.batchId()), new Document("_id", batch.batchId())
                .append("county", batch.county())
                .append("paymentDate", batch.paymentDate().toString())
                .append("lineCount", batch.lineCount())
                .append("grossCents", batch.grossCents())
                .append("payoutCents", batch.payoutCents()), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<FeeFact> linesEarnedIn(String county, ReportPeriod period) {
        return lines.find(within(county, "earningDate", period)).sort(Sorts.ascending("_id"))
                .map(document -> new FeeFact(document.getString("_id"), document.getString("county"),
                        document.getString("expertId"), document.getString("taskType"),
                        LocalDate.parse(document.getString("earningDate")), document.getLong("grossCents"),
                        document.getLong("reimbursementsCents"), document.getString("reversesFeeLineId")))
                .into(new ArrayList<>());
    }

    @Override
    public List<PaymentBatch> batchesPaidIn(String county, ReportPeriod period) {
        return batches.find(within(county, "paymentDate", period)).sort(Sorts.ascending("_id"))
                .map(document -> new PaymentBatch(document.getString("_id"), document.getString("county"),
                        LocalDate.parse(document.getString("paymentDate")), document.getInteger("lineCount"),
                        document.getLong("grossCents"), document.getLong("payoutCents")))
                .into(new ArrayList<>());
    }

    private static Bson within(String county, String dateField, ReportPeriod period) {
        return and(eq("county", county), gte(dateField, period.from().toString()), lte(dateField, period.to().toString()));
    }
}
