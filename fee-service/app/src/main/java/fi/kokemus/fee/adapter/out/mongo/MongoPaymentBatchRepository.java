package fi.kokemus.fee.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.application.port.out.PaymentBatchRepository;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.PaymentBatch;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Closed batches in {@code payment_batches}: one document per batch holding a frozen copy of every
 * line, written together with {@code fee.batch-closed}. Months are {@code YYYY-MM} text, so they sort.
 */
public class MongoPaymentBatchRepository implements PaymentBatchRepository {

    public static final String COLLECTION = "payment_batches";

    private static final String COUNTY = "county";
    private static final String MONTH = "month";
    private static final String LINES = "lines";

    private final MongoAggregateStore store;
    private final FeeEventMessages messages;

    public MongoPaymentBatchRepository(MongoDatabase database, EventWriter writer) {
        this.store = new MongoAggregateStore(database.getCollection(COLLECTION));
        this.messages = new FeeEventMessages(writer);
    }

    @Override
    public boolean addIfAbsent(PaymentBatch closed) {
        PaymentBatch.Closing closing = closed.closing();
        Document document = new Document("_id", closed.id())
                .append(COUNTY, closed.county())
                .append(MONTH, closed.month().toString())
                .append("paymentDate", closed.paymentDate().toString())
                .append("cutOff", Date.from(closed.cutOff()))
                .append("closedAt", Date.from(closing.at()))
                .append("closedBy", closing.by())
                .append(LINES, closed.lines().stream().map(FeeLineDocuments::toDocument).toList());
        return NewDocuments.insertIfAbsent(store, document,
                closed.pendingEvents().stream().map(messages::toMessage).toList());
    }

    @Override
    public Optional<PaymentBatch> find(String county, YearMonth month) {
        return store.find(PaymentBatch.idOf(county, month)).map(MongoPaymentBatchRepository::fromDocument);
    }

    @Override
    public Optional<PaymentBatch> latestClosed(String county) {
        return Optional.ofNullable(store.collection().find(eq(COUNTY, county)).sort(descending(MONTH)).first())
                .map(MongoPaymentBatchRepository::fromDocument);
    }

    private static PaymentBatch fromDocument(Document document) {
        List<FeeLine> lines = document.getList(LINES, Document.class).stream()
                .map(FeeLineDocuments::fromDocument).toList();
        return PaymentBatch.restore(document.getString(COUNTY), YearMonth.parse(document.getString(MONTH)),
                LocalDate.parse(document.getString("paymentDate")), document.getDate("cutOff").toInstant(), lines,
                new PaymentBatch.Closing(document.getDate("closedAt").toInstant(), document.getString("closedBy")));
    }
}
