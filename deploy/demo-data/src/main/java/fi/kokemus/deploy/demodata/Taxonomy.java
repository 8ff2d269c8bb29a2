package fi.kokemus.deploy.demodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's taxonomy codes (copied into the jar at build time) with how often each is picked
 * (resource demodata/code-weights.csv).
 */
final class Taxonomy {

    enum Kind { TOPIC, LIFE_SITUATION, TASK_TYPE, DIAGNOSIS }

    private static final int UNLISTED_WEIGHT = 1;

    private final Map<Kind, Weighted<String>> codes = new HashMap<>();

    Taxonomy() {
        Map<String, Integer> weights = new HashMap<>();
        ReferenceTable.rows("demodata/code-weights.csv")
                .forEach(row -> weights.put(row[0] + ":" + row[1], Integer.valueOf(row[2])));
        JsonNode taxonomy = read();
        for (Kind kind : Kind.values()) {
            Map<String, Integer> weighted = new LinkedHashMap<>();
            for (JsonNode entry : taxonomy.required(kind.name())) {
                String code = entry.required("code").asString();
                weighted.put(code, weights.getOrDefault(kind + ":" + code, UNLISTED_WEIGHT));
            }
            codes.put(kind, new Weighted<>(weighted));
        }
        weights.keySet().stream().filter(key -> !contains(key)).findAny().ifPresent(unknown -> {
            throw new IllegalStateException("code-weights.csv names " + unknown + ", which the taxonomy lacks");
        });
    }

    Weighted<String> codes(Kind kind) {
        return codes.get(kind);
    }

    Set<String> all(Kind kind) {
        return Set.copyOf(codes.get(kind).values());
    }

    private boolean contains(String kindAndCode) {
        String[] parts = kindAndCode.split(":");
        return all(Kind.valueOf(parts[0])).contains(parts[1]);
    }

    private static JsonNode read() {
        try (InputStream stream = ReferenceTable.open("reference/taxonomy.json")) {
            return JsonMapper.shared().readTree(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/taxonomy.json", e);
        }
    }
}
