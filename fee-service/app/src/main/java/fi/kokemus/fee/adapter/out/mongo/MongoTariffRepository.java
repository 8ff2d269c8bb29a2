package fi.kokemus.fee.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

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
    public boolean addIfAbsent(Tariff tariff) {
        return NewDocuments.insertIfAbsent(store, TariffDocuments.toDocument(tariff), List.of());
    }
}
