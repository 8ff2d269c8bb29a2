package fi.kokemus.deploy.benchmark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Representative searches of a coordinator, each measured on the driver, on the registry service and through
 * the gateway, after checking once that the driver's equivalent finds as many experts as the service.
 */
final class SearchPhase {

    static final String SEARCHER = "coordinator.soite";
    static final String SEARCHER_COUNTY = "keski-pohjanmaa";
    private static final String RATE = "req/s";

    private final RawSearch raw;
    private final RegistryClient service;
    private final RegistryClient gateway;
    private final Supplier<String> searcherToken;
    private final LoadRunner runner;

    SearchPhase(RawSearch raw, RegistryClient service, RegistryClient gateway, Supplier<String> searcherToken,
            int threads) {
        this.raw = raw;
        this.service = service;
        this.gateway = gateway;
        this.searcherToken = searcherToken;
        this.runner = new LoadRunner(threads);
    }

    static List<SearchQuery> representativeQueries(LocalDate today) {
        return List.of(
                query("topic", Map.of("topic", List.of("MENTAL_HEALTH"))),
                query("topic + language", Map.of("topic", List.of("SUBSTANCE_USE"), "language", List.of("sv"))),
                query("free-text prefix", Map.of("text", List.of("ment"))),
                query("county + task type + available", Map.of("county", List.of(SEARCHER_COUNTY),
                        "taskType", List.of("CLIENT_SUPPORT"), "availableOn", List.of(today.toString()))),
                query("role + organisation", Map.of("role", List.of("PEER_SUPPORTER"),
                        "organisation", List.of("ngo-keski"))),
                query("no filter, page 1", Map.of()));
    }

    void run(SearchLoad load, ResultTable table) {
        String phase = load.phase();
        for (SearchQuery query : representativeQueries(LocalDate.now(ZoneOffset.UTC))) {
            String note = Attempt.of(table, phase, query.name(), "equivalence", () -> sameTotal(query)).orElse(null);
            if (note == null) {
                continue;
            }
            Measurement floor = Attempt.of(table, phase, query.name(), "raw driver",
                    () -> runner.measure(load.warmUp(), load.iterations(), () -> raw.total(query))).orElse(null);
            if (floor != null) {
                table.measured(phase, query.name(), "raw driver", floor, RATE, null, note);
            }
            measure(table, load, query, "service", service, floor);
            measure(table, load, query, "gateway", gateway, floor);
        }
    }

    private void measure(ResultTable table, SearchLoad load, SearchQuery query, String via, RegistryClient client,
            Measurement floor) {
        String phase = load.phase();
        Attempt.of(table, phase, query.name(), via, () -> {
            Measurement measurement = runner.measure(load.warmUp(), load.iterations(),
                    () -> client.searchTotal(searcherToken.get(), query));
            table.measured(phase, query.name(), via, measurement, RATE, floor, "");
            return measurement;
        });
    }

    /** The driver's pipeline is only a fair floor if it finds what the service finds. */
    private String sameTotal(SearchQuery query) {
        long byService = service.searchTotal(searcherToken.get(), query);
        long byDriver = raw.total(query);
        if (byService != byDriver) {
            throw new IllegalStateException("not equivalent: the service found " + byService + ", the driver "
                    + byDriver + " for " + query.queryString());
        }
        return byService + " found";
    }

    private static SearchQuery query(String name, Map<String, List<String>> parameters) {
        return new SearchQuery(name, new LinkedHashMap<>(parameters));
    }
}
