package fi.kokemus.fee.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.ExpertAccount;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Fee lines in {@code fee_lines}, each written together with the fee events it emits and stamped
 * with the time it was recorded, which decides its payment batch.
 */
public class MongoFeeLineRepository implements FeeLineRepository {

    public static final String COLLECTION = "fee_lines";

    private final MongoAggregateStore store;
    private final FeeEventMessages messages;
    private final Clock clock;

    public MongoFeeLineRepository(MongoDatabase database, EventWriter writer, Clock clock) {
        this.store = new MongoAggregateStore(database.getCollection(COLLECTION));
        this.messages = new FeeEventMessages(writer);
        this.clock = clock;
    }

    @Override
    public boolean addIfAbsent(FeeLine line) {
        Document document = FeeLineDocuments.toDocument(line)
                .append(FeeLineDocuments.RECORDED_AT, Date.from(clock.instant()));
        return NewDocuments.insertIfAbsent(store, document,
                line.pendingEvents().stream().map(messages::toMessage).toList());
    }

    @Override
    public Optional<FeeLine> find(FeeLineId id) {
        return store.find(id.value()).map(FeeLineDocuments::fromDocument);
    }

    @Override
    public List<FeeLine> findInCounty(String county, EarningPeriod period) {
        List<Bson> filters = periodFilters(period);
        filters.add(eq(FeeLineDocuments.COUNTY, county));
        return findWhere(and(filters));
    }

    @Override
    public List<FeeLine> findPricedRecorded(String county, Instant from, Instant until) {
        Bson recorded = and(eq(FeeLineDocuments.COUNTY, county), eq(FeeLineDocuments.STATE, FeeLineState.PRICED.name()),
                gte(FeeLineDocuments.RECORDED_AT, Date.from(from)), lt(FeeLineDocuments.RECORDED_AT, Date.from(until)));
        return store.collection().find(recorded).sort(ascending(FeeLineDocuments.RECORDED_AT, "_id"))
                .map(FeeLineDocuments::fromDocument).into(new ArrayList<>());
    }

    @Override
    public List<FeeLine> findOfExpertInTaxYear(String expertId, int taxYear) {
        return findWhere(and(eq(FeeLineDocuments.EXPERT_ID, expertId), taxedIn(taxYear)));
    }

    @Override
    public List<FeeLine> findAll(EarningPeriod period) {
        List<Bson> filters = periodFilters(period);
        return findWhere(filters.isEmpty() ? new Document() : and(filters));
    }

    @Override
    public Money taxableIncomeOf(String expertId, int taxYear) {
        Bson inYear = and(eq(FeeLineDocuments.EXPERT_ID, expertId), taxedIn(taxYear));
        long cents = 0;
        for (Document line : store.collection().find(inYear).projection(include(FeeLineDocuments.TAXABLE_INCOME))) {
            cents = Math.addExact(cents, line.get(FeeLineDocuments.TAXABLE_INCOME, Number.class).longValue());
        }
        return Money.ofCents(cents);
    }

    @Override
    public List<ExpertAccount> expertsPaidIn(int taxYear) {
        Map<String, ExpertAccount> experts = new TreeMap<>();
        for (Document line : store.collection().find(and(taxedIn(taxYear), gt(FeeLineDocuments.TAXABLE_INCOME, 0)))
                .projection(include(FeeLineDocuments.EXPERT_ID, FeeLineDocuments.EXPERT_USERNAME))) {
            String expertId = line.getString(FeeLineDocuments.EXPERT_ID);
            String username = line.getString(FeeLineDocuments.EXPERT_USERNAME);
            experts.putIfAbsent(expertId, new ExpertAccount(expertId, username));
        }
        return List.copyOf(experts.values());
    }

    /** Lines stored without a tax year are taxed in the year they were earned. */
    private static Bson taxedIn(int taxYear) {
        Bson earnedInYear = and(gte(FeeLineDocuments.EARNING_DATE, LocalDate.of(taxYear, 1, 1).toString()),
                lte(FeeLineDocuments.EARNING_DATE, LocalDate.of(taxYear, 12, 31).toString()));
        return or(eq(FeeLineDocuments.TAX_YEAR, taxYear), and(exists(FeeLineDocuments.TAX_YEAR, false), earnedInYear));
    }

    @Override
    public boolean hasLineInCounty(String expertId, String county) {
        Bson expertInCounty = and(eq(FeeLineDocuments.EXPERT_ID, expertId), eq(FeeLineDocuments.COUNTY, county));
        return store.collection().find(expertInCounty).projection(include("_id")).first() != null;
    }

    @Override
    public Optional<String> expertIdOf(String expertUsername) {
        return Optional.ofNullable(store.collection().find(eq(FeeLineDocuments.EXPERT_USERNAME, expertUsername))
                .projection(include(FeeLineDocuments.EXPERT_ID)).first())
                .map(line -> line.getString(FeeLineDocuments.EXPERT_ID));
    }

    private static List<Bson> periodFilters(EarningPeriod period) {
        List<Bson> filters = new ArrayList<>();
        if (period.from() != null) {
            filters.add(gte(FeeLineDocuments.EARNING_DATE, period.from().toString()));
        }
        if (period.to() != null) {
            filters.add(lte(FeeLineDocuments.EARNING_DATE, period.to().toString()));
        }
        return filters;
    }

    private List<FeeLine> findWhere(Bson filter) {
        return store.collection().find(filter).sort(ascending(FeeLineDocuments.EARNING_DATE, "_id"))
                .map(FeeLineDocuments::fromDocument).into(new ArrayList<>());
    }
}
