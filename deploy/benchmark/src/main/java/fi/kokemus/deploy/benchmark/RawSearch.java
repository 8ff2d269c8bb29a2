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
import com.mongodb.client.model.Field;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The registry's search written directly against its {@code experts} documents with the driver: the same
 * one-aggregation shape (match, rank, page and facet counts in one {@code $facet}) without the service's
 * parsing, access rules and mapping, as the floor the service is compared with. Searches as a coordinator
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
    private static final List<String> FACET_FIELDS = List.of("topics", "lifeSituations", "roles",
            "preferences.languages", "preferences.taskTypes", "search.organisations", "municipality", "diagnoses");

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
        List<Facet> facets = new ArrayList<>();
        facets.add(new Facet("items", Aggregates.sort(Sorts.orderBy(Sorts.descending("_relevance"),
                Sorts.ascending("_recentAssignments"), Sorts.ascending("lastName", "firstName", "_id"))),
                Aggregates.skip(0), Aggregates.limit(PAGE_SIZE)));
        facets.add(new Facet("total", Aggregates.group(null, Accumulators.sum("count", 1))));
        FACET_FIELDS.forEach(field -> facets.add(new Facet(field, Aggregates.unwind("$" + field),
                Aggregates.group("$" + field, Accumulators.sum("count", 1)))));
        return List.of(
                Aggregates.match(filterOf(query, words)),
                Aggregates.addFields(
                        new Field<>("_relevance", new Document("$size", new Document("$setIntersection", List.of(
                                new Document("$ifNull", List.of("$search.words", List.of())),
                                new Document("$literal", words))))),
                        new Field<>("_recentAssignments", new Document("$ifNull", List.of("$workload.recentCount", 0)))),
                Aggregates.facet(facets));
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
