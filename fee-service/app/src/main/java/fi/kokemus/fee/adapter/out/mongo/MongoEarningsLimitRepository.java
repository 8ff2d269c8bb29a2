package fi.kokemus.fee.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import fi.kokemus.fee.application.port.out.EarningsLimitRepository;
import fi.kokemus.fee.domain.EarningsLimit;
import fi.kokemus.fee.domain.Money;
import java.util.Optional;
import org.bson.Document;

/** Experts' earnings limits in {@code earnings_limits}, one document per account and year. */
public class MongoEarningsLimitRepository implements EarningsLimitRepository {

    public static final String COLLECTION = "earnings_limits";

    private final MongoCollection<Document> limits;

    public MongoEarningsLimitRepository(MongoDatabase database) {
        this.limits = database.getCollection(COLLECTION);
    }

    @Override
    public void save(EarningsLimit limit) {
        Document document = new Document("_id", idOf(limit.expertUsername(), limit.year()))
                .append("expertUsername", limit.expertUsername())
                .append("year", limit.year())
                .append("annualLimitCents", cents(limit.annual()))
                .append("monthlyLimitCents", cents(limit.monthly()));
        limits.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<EarningsLimit> find(String expertUsername, int year) {
        return Optional.ofNullable(limits.find(eq("_id", idOf(expertUsername, year))).first())
                .map(document -> new EarningsLimit(expertUsername, year, money(document, "annualLimitCents"),
                        money(document, "monthlyLimitCents")));
    }

    private static String idOf(String expertUsername, int year) {
        return expertUsername + "/" + year;
    }

    private static Long cents(Money money) {
        return money == null ? null : money.cents();
    }

    private static Money money(Document document, String field) {
        Number cents = document.get(field, Number.class);
        return cents == null ? null : Money.ofCents(cents.longValue());
    }
}
