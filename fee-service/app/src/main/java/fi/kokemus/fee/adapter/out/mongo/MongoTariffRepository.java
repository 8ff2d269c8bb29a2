package fi.kokemus.fee.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.util.ArrayList;
import java.util.List;

/** Tariff versions in {@code tariffs}, keyed by county and start date. */
public class MongoTariffRepository implements TariffRepository {

    public static final String COLLECTION = "tariffs";

    private final MongoAggregateStore store;

    public MongoTariffRepository(MongoDatabase database) {
        this.store = new MongoAggregateStore(database.getCollection(COLLECTION));
    }

    @Override
    public TariffHistory historyOf(String county) {
        return new TariffHistory(county, store.collection().find(eq(TariffDocuments.COUNTY, county))
                .map(TariffDocuments::fromDocument).into(new ArrayList<>()));
    }

    @Override
    public void end(Tariff ended) {
        store.collection().updateOne(and(eq("_id", ended.id()), exists(TariffDocuments.VALID_UNTIL, false)),
                set(TariffDocuments.VALID_UNTIL, ended.validUntil().toString()));
    }

    @Override
    public boolean addIfAbsent(Tariff tariff) {
        return NewDocuments.insertIfAbsent(store, TariffDocuments.toDocument(tariff), List.of());
    }
}
