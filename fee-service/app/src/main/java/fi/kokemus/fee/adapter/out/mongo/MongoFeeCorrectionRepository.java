package fi.kokemus.fee.adapter.out.mongo;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.application.port.out.FeeCorrectionRepository;
import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Decisions about fee lines in {@code fee_corrections}, keyed by the line decided about, so a
 * second decision about a line finds the first. They announce nothing themselves: the reversal and
 * the replacement lines do.
 */
public class MongoFeeCorrectionRepository implements FeeCorrectionRepository {

    public static final String COLLECTION = "fee_corrections";

    private final MongoAggregateStore store;

    public MongoFeeCorrectionRepository(MongoDatabase database) {
        this.store = new MongoAggregateStore(database.getCollection(COLLECTION));
    }

    @Override
    public boolean addIfAbsent(FeeCorrection correction) {
        Document document = new Document("_id", correction.line().value())
                .append("kind", correction.kind().name())
                .append("grossCents", correction.gross().cents())
                .append("taxFreeReimbursementsCents", correction.reimbursements().taxFree().cents())
                .append("taxableReimbursementsCents", correction.reimbursements().taxable().cents())
                .append("reason", correction.reason())
                .append("decidedBy", correction.decidedBy())
                .append("decidedAt", Date.from(correction.decidedAt()));
        return NewDocuments.insertIfAbsent(store, document, List.of());
    }

    @Override
    public Optional<FeeCorrection> find(FeeLineId line) {
        return store.find(line.value()).map(document -> new FeeCorrection(line,
                FeeCorrection.Kind.valueOf(document.getString("kind")), cents(document, "grossCents"),
                new Reimbursements(cents(document, "taxFreeReimbursementsCents"),
                        cents(document, "taxableReimbursementsCents")),
                document.getString("reason"), document.getString("decidedBy"),
                document.getDate("decidedAt").toInstant()));
    }

    private static Money cents(Document document, String field) {
        return Money.ofCents(((Number) document.get(field)).longValue());
    }
}
