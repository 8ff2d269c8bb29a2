package fi.kokemus.fee.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tariffs loaded into an empty system: Soite's decided per-occasion table, and hourly examples for
 * the counties whose amounts are not known here (they price nothing until the county's decision is
 * entered as a new version).
 */
public final class PublishedTariffs {

    private static final long EXAMPLE_CENTS_PER_HOUR = 2000;

    /** Soite (Central Ostrobothnia): fees per occasion for experts by experience. */
    public static final Tariff SOITE_2024 = new Tariff("keski-pohjanmaa", LocalDate.of(2024, 1, 1), null, Map.of(
            "CLIENT_SUPPORT", TariffRate.perOccasion(3000),
            "GROUP_CO_LEADING", TariffRate.perOccasion(3000),
            "STORY_TELLING", TariffRate.perOccasion(3000),
            "DEVELOPMENT_GROUP", TariffRate.perOccasion(5000),
            "DEVELOPMENT_GROUP_PREPARED", TariffRate.perOccasion(7500),
            "LECTURE_REGIONAL", TariffRate.perOccasion(7500),
            "LECTURE_NATIONAL", TariffRate.perOccasion(10000)));

    /** Itä-Uusimaa pays by hours worked; its amounts are not published here, so this is an example. */
    public static final Tariff ITA_UUSIMAA_EXAMPLE = hourlyExample("ita-uusimaa", "INDIVIDUAL_WORK", "PAIR_WORK",
            "GROUP_GUIDANCE", "LECTURE_REGIONAL", "LECTURE_NATIONAL", "DEVELOPMENT_GROUP");

    /** Pohjois-Pohjanmaa pays an hourly fee if the person wants one; an example likewise. */
    public static final Tariff POHJOIS_POHJANMAA_EXAMPLE = hourlyExample("pohjois-pohjanmaa", "WORKING_GROUP_MEMBER",
            "WORKSHOP_PARTICIPANT", "TESTING_PARTICIPANT", "SIMULATION_ROLE", "RECRUITMENT_INTERVIEWER",
            "LECTURE_REGIONAL", "LECTURE_NATIONAL", "PANEL_MEMBER", "SEMINAR_PRESENTER", "WORK_PAIR",
            "DEVELOPMENT_PARTNER");

    private PublishedTariffs() {
    }

    public static List<Tariff> all() {
        return List.of(SOITE_2024, ITA_UUSIMAA_EXAMPLE, POHJOIS_POHJANMAA_EXAMPLE);
    }

    private static Tariff hourlyExample(String county, String... taskTypes) {
        Map<String, TariffRate> rates = new TreeMap<>();
        for (String taskType : taskTypes) {
            rates.put(taskType, TariffRate.perHour(EXAMPLE_CENTS_PER_HOUR));
        }
        return new Tariff(county, LocalDate.of(2024, 1, 1), null, rates, true);
    }
}
