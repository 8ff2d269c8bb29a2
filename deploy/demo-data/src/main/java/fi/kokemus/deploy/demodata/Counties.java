package fi.kokemus.deploy.demodata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The counties weighted by residents, each with its Swedish-speaking share (resource demodata/counties.csv). */
final class Counties {

    private final Weighted<String> byPopulation;
    private final Map<String, Double> swedishShares = new LinkedHashMap<>();

    Counties() {
        Map<String, Integer> populations = new LinkedHashMap<>();
        for (String[] row : ReferenceTable.rows("demodata/counties.csv")) {
            populations.put(row[0], Integer.valueOf(row[1]));
            swedishShares.put(row[0], Double.valueOf(row[2]));
        }
        byPopulation = new Weighted<>(populations);
    }

    String pick(RandomGenerator random) {
        return byPopulation.pick(random);
    }

    double swedishShare(String county) {
        return swedishShares.get(county);
    }
}
