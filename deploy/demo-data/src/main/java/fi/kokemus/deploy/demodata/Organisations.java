package fi.kokemus.deploy.demodata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The synthetic NGOs and the counties they work in (resource demodata/organisations.csv). */
final class Organisations {

    private final List<String> all = new ArrayList<>();
    private final Map<String, List<String>> byCounty = new LinkedHashMap<>();

    Organisations() {
        for (String[] row : ReferenceTable.rows("demodata/organisations.csv")) {
            all.add(row[0]);
            Arrays.stream(row[1].split(","))
                    .forEach(county -> byCounty.computeIfAbsent(county, any -> new ArrayList<>()).add(row[0]));
        }
    }

    List<String> all() {
        return List.copyOf(all);
    }

    List<String> serving(String county) {
        return byCounty.getOrDefault(county, List.of());
    }

    String pickServing(String county, RandomGenerator random) {
        List<String> candidates = serving(county);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no organisation works in " + county);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    String pickAny(RandomGenerator random) {
        return all.get(random.nextInt(all.size()));
    }

    /** Another organisation, preferably one working in {@code county}. */
    String pickOtherThan(String organisation, String county, RandomGenerator random) {
        List<String> local = serving(county).stream().filter(id -> !id.equals(organisation)).toList();
        List<String> candidates = local.isEmpty() ? all.stream().filter(id -> !id.equals(organisation)).toList() : local;
        return candidates.get(random.nextInt(candidates.size()));
    }
}
