package fi.kokemus.deploy.demodata;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The registry's municipality list (copied into the jar at build time) with the larger towns weighted up
 * (resource demodata/municipality-weights.csv).
 */
final class Municipalities {

    private static final int UNLISTED_WEIGHT = 6;

    private final Map<String, Weighted<String>> byCounty = new HashMap<>();

    Municipalities() {
        Map<String, Integer> weights = new HashMap<>();
        ReferenceTable.rows("demodata/municipality-weights.csv")
                .forEach(row -> weights.put(row[0], Integer.valueOf(row[1])));
        Map<String, Map<String, Integer>> weightsByCounty = new LinkedHashMap<>();
        for (String[] row : ReferenceTable.rows("reference/municipalities.csv")) {
            String code = row[0];
            String county = row[3];
            // Åland's municipalities belong to no wellbeing services county.
            if (!county.isEmpty()) {
                weightsByCounty.computeIfAbsent(county, any -> new LinkedHashMap<>())
                        .put(code, weights.getOrDefault(code, UNLISTED_WEIGHT));
            }
        }
        weightsByCounty.forEach((county, codes) -> byCounty.put(county, new Weighted<>(codes)));
    }

    String pickIn(String county, RandomGenerator random) {
        Weighted<String> codes = byCounty.get(county);
        if (codes == null) {
            throw new IllegalArgumentException("no municipalities for county " + county);
        }
        return codes.pick(random);
    }
}
