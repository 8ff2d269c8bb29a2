package fi.kokemus.fee.adapter.out.mongo;

import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffRate;
import fi.kokemus.fee.domain.TariffUnit;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Maps tariff versions to documents of {@code tariffs}, one document per version. */
final class TariffDocuments {

    static final String COUNTY = "county";
    static final String VALID_UNTIL = "validUntil";

    private TariffDocuments() {
    }

    static Document toDocument(Tariff tariff) {
        List<Document> rates = tariff.rates().entrySet().stream()
                .map(rate -> new Document("taskType", rate.getKey())
                        .append("unit", rate.getValue().unit().name())
                        .append("amountCents", rate.getValue().amount().cents()))
                .toList();
        return new Document("_id", tariff.id())
                .append(COUNTY, tariff.county())
                .append("validFrom", tariff.validFrom().toString())
                .append(VALID_UNTIL, tariff.validUntil() == null ? null : tariff.validUntil().toString())
                .append("rates", rates)
                .append("example", tariff.example());
    }

    static Tariff fromDocument(Document document) {
        Map<String, TariffRate> rates = new LinkedHashMap<>();
        for (Document rate : document.getList("rates", Document.class)) {
            rates.put(rate.getString("taskType"), new TariffRate(Money.ofCents(rate.getLong("amountCents")),
                    TariffUnit.valueOf(rate.getString("unit"))));
        }
        String validUntil = document.getString(VALID_UNTIL);
        return new Tariff(document.getString(COUNTY), LocalDate.parse(document.getString("validFrom")),
                validUntil == null ? null : LocalDate.parse(validUntil), rates,
                Boolean.TRUE.equals(document.getBoolean("example")));
    }
}
