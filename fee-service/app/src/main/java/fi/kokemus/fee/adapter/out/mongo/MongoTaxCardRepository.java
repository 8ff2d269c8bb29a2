package fi.kokemus.fee.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Tax cards in {@code tax_cards} and requests for them in {@code tax_card_requests}, both keyed by
 * expert and year. Percents are stored as decimal strings so they read back exactly.
 */
public class MongoTaxCardRepository implements TaxCardRepository {

    public static final String CARDS = "tax_cards";
    public static final String REQUESTS = "tax_card_requests";

    private final MongoCollection<Document> cards;
    private final MongoAggregateStore requests;

    public MongoTaxCardRepository(MongoDatabase database) {
        this.cards = database.getCollection(CARDS);
        this.requests = new MongoAggregateStore(database.getCollection(REQUESTS));
    }

    @Override
    public Optional<TaxCard> find(String expertId, int year) {
        return Optional.ofNullable(cards.find(eq("_id", id(expertId, year))).first())
                .map(MongoTaxCardRepository::card);
    }

    @Override
    public void save(TaxCard card, String enteredBy) {
        Document document = new Document("_id", id(card.expertId(), card.year()))
                .append("expertId", card.expertId())
                .append("year", card.year())
                .append("withholdingPercent", card.withholdingPercent().toPlainString())
                .append("additionalPercent", card.additionalPercent().toPlainString())
                .append("incomeLimitCents", card.incomeLimit().cents())
                .append("enteredBy", enteredBy);
        cards.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public boolean addRequestIfAbsent(TaxCardRequest request) {
        Document document = new Document("_id", request.id())
                .append("expertId", request.expertId())
                .append("expertUsername", request.expertUsername())
                .append("year", request.year())
                .append("reason", request.reason().name())
                .append("firstFeeLine", request.firstFeeLine() == null ? null : request.firstFeeLine().value())
                .append("requestedOn", request.requestedOn().toString());
        return NewDocuments.insertIfAbsent(requests, document, List.of());
    }

    @Override
    public List<TaxCardRequest> requestsOf(int year) {
        return requests.collection().find(eq("year", year)).sort(ascending("requestedOn", "_id"))
                .map(MongoTaxCardRepository::request)
                .into(new ArrayList<>());
    }

    private static String id(String expertId, int year) {
        return expertId + "/" + year;
    }

    private static TaxCardRequest request(Document document) {
        String firstFeeLine = document.getString("firstFeeLine");
        return new TaxCardRequest(document.getString("expertId"), document.getString("expertUsername"),
                document.getInteger("year"), TaxCardRequest.Reason.valueOf(document.getString("reason")),
                firstFeeLine == null ? null : new FeeLineId(firstFeeLine),
                LocalDate.parse(document.getString("requestedOn")));
    }

    private static TaxCard card(Document document) {
        return new TaxCard(document.getString("expertId"), document.getInteger("year"),
                new BigDecimal(document.getString("withholdingPercent")),
                new BigDecimal(document.getString("additionalPercent")),
                Money.ofCents(document.get("incomeLimitCents", Number.class).longValue()));
    }
}
