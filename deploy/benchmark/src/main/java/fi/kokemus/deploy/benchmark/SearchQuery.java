package fi.kokemus.deploy.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One search as its query parameters ({@code GET /api/registry/experts?...}), under a name for the table. */
public record SearchQuery(String name, Map<String, List<String>> parameters) {

    public SearchQuery {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public String queryString() {
        return parameters.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&", parameters.isEmpty() ? "" : "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
