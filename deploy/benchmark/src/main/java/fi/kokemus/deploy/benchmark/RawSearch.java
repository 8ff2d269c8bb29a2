package fi.kokemus.deploy.benchmark;

import static com.mongodb.client.model.Filters.all;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nor;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The registry's search written directly against its {@code experts} documents with the driver: the same
 * aggregation (match, keep the sort and facet keys, then in one {@code $facet} rank, page and look up the
 * page's documents, count, and count every facet in one group) without the service's parsing, access rules
 * and mapping, as the floor the service is compared with. Searches as a coordinator
 * of {@code searcherCounty} would: facets include diagnoses.
 */
public final class RawSearch {

    private static final String ANY_COUNTY = "*";
    private static final int PAGE_SIZE = 20;
    /** The service tokenises free text itself; here a query word must already be in its indexed form. */
    private static final Pattern INDEXED_WORD = Pattern.compile("[\\p{Ll}\\p{N}]+");
    private static final Map<String, String> ANY_OF_FIELDS = Map.of(
            "municipality", "municipality",
            "topic", "topics",
            "lifeSituation", "lifeSituations",
            "diagnosis", "diagnoses",
            "organisation", "search.organisations",
            "role", "roles",
            "language", "preferences.languages",
            "taskType", "preferences.taskTypes");
    /** Facet names, as the service reports them, and their fields; the municipality is one value, not an array. */
    private static final Map<String, String> FACET_FIELDS = new TreeMap<>(Map.of("topics", "topics",
            "lifeSituations", "lifeSituations", "roles", "roles", "languages", "preferences.languages",
            "taskTypes", "preferences.taskTypes", "organisations", "search.organisations",
            "municipalities", "municipality", "diagnoses", "diagnoses"));

    private final MongoCollection<Document> experts;
    private final String searcherCounty;

    public RawSearch(MongoCollection<Document> experts, String searcherCounty) {
        this.experts = experts;
        this.searcherCounty = searcherCounty;
    }

    /** The number of matches, which the service reports as {@code total}. */
    public long total(SearchQuery query) {
        List<Document> total = experts.aggregate(pipeline(query)).first().getList("total", Document.class);
        return total.isEmpty() ? 0 : total.get(0).get("count", Number.class).longValue();
    }

    List<Bson> pipeline(SearchQuery query) {
        List<String> words = query.parameters().getOrDefault("text", List.of()).stream()
                .peek(RawSearch::requireIndexedWord).toList();
        Document projection = new Document("lastName", 1).append("firstName", 1)
                .append("_recentAssignments", new Document("$ifNull", List.of("$workload.recentCount", 0)));
        List<Bson> order = new ArrayList<>();
        if (!words.isEmpty()) {
            projection.append("_relevance", new Document("$size", new Document("$setIntersection", List.of(
                    new Document("$ifNull", List.of("$search.words", List.of())), new Document("$literal", words)))));
            order.add(Sorts.descending("_relevance"));
        }
        order.add(Sorts.ascending("_recentAssignments", "lastName", "firstName", "_id"));
        projection.append("_facetKeys", new Document("$concatArrays", FACET_FIELDS.entrySet().stream()
                .map(facet -> facetKeys(facet.getKey(), facet.getValue()))
                .toList()));
        return List.of(
                Aggregates.match(filterOf(query, words)),
                Aggregates.project(projection),
                Aggregates.facet(
                        new Facet("items", Aggregates.sort(Sorts.orderBy(order)), Aggregates.skip(0),
                                Aggregates.limit(PAGE_SIZE), Aggregates.lookup("experts", "_id", "_id", "expert")),
                        new Facet("total", Aggregates.group(null, Accumulators.sum("count", 1))),
                        new Facet("facetCounts", Aggregates.unwind("$_facetKeys"),
                                Aggregates.group("$_facetKeys", Accumulators.sum("count", 1)))));
    }

    private static Document facetKeys(String facet, String field) {
        Object values = field.equals("municipality")
                ? List.of("$" + field) : new Document("$ifNull", List.of("$" + field, List.of()));
        return new Document("$map", new Document("input", values)
                .append("in", new Document("$concat", List.of(new Document("$literal", facet + "/"), "$$this"))));
    }

    private Bson filterOf(SearchQuery query, List<String> words) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("bookable", true));
        filters.add(in("search.visibleTo", searcherCounty, ANY_COUNTY));
        query.parameters().forEach((parameter, values) -> {
            if (ANY_OF_FIELDS.containsKey(parameter)) {
                filters.add(in(ANY_OF_FIELDS.get(parameter), values));
            } else if (parameter.equals("county")) {
                filters.add(eq("homeCounty", values.get(0)));
            } else if (parameter.equals("availableOn")) {
                filters.add(nor(elemMatch("search.unavailable", covering(values.get(0)))));
            } else if (!parameter.equals("text")) {
                throw new IllegalArgumentException("no raw equivalent for the search parameter " + parameter);
            }
        });
        if (!words.isEmpty()) {
            filters.add(all("search.tokens", words));
        }
        return and(filters);
    }

    /** ISO dates compare as strings. */
    private static Bson covering(String isoDay) {
        return and(lte("from", isoDay), gte("until", isoDay));
    }

    private static void requireIndexedWord(String word) {
        if (!INDEXED_WORD.matcher(word).matches()) {
            throw new IllegalArgumentException("raw search text must be one lower-case word, was " + word);
        }
    }
}
