package fi.kokemus.fee.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Tariffs the counties have decided and published, loaded into an empty system. */
public final class PublishedTariffs {

    /** Soite (Central Ostrobothnia): fees per occasion for experts by experience. */
    public static final Tariff SOITE_2024 = new Tariff("keski-pohjanmaa", LocalDate.of(2024, 1, 1), null, Map.of(
            "CLIENT_SUPPORT", TariffRate.perOccasion(3000),
            "GROUP_CO_LEADING", TariffRate.perOccasion(3000),
            "STORY_TELLING", TariffRate.perOccasion(3000),
            "DEVELOPMENT_GROUP", TariffRate.perOccasion(5000),
            "DEVELOPMENT_GROUP_PREPARED", TariffRate.perOccasion(7500),
            "LECTURE_REGIONAL", TariffRate.perOccasion(7500),
            "LECTURE_NATIONAL", TariffRate.perOccasion(10000)));

    private PublishedTariffs() {
    }

    public static List<Tariff> all() {
        return List.of(SOITE_2024);
    }
}
