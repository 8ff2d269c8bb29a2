package fi.kokemus.registry.adapter.out.mongo;

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
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.SearchFacet;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.TopicCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The registry search as one aggregation: match on the precomputed {@code search} sub-document
 * and the profile fields, keep only the sort keys and facet keys of each match, then in one
 * {@code $facet} rank and page (looking up the whole documents of the page only), count the matches
 * and count every facet's values in a single group. Query values are validated value objects used
 * only as literal values, never parsed as query documents.
 */
final class MongoExpertSearch {

    private static final String RELEVANCE = "_relevance";
    private static final String RECENT_ASSIGNMENTS = "_recentAssignments";
    private static final String ITEMS = "items";
    private static final String TOTAL = "total";
    private static final String COUNT = "count";
    private static final String EXPERT = "expert";
    private static final String FACET_COUNTS = "facetCounts";
    private static final String FACET_KEYS = "_facetKeys";
    /** Facet names have none, so a key splits at its first. */
    private static final String KEY_SEPARATOR = "/";
    private static final Map<SearchFacet, String> FACET_FIELDS = facetFields();

    private final MongoCollection<Document> collection;

    MongoExpertSearch(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Multikey indexes real MongoDB uses to narrow a search; the embedded test server scans anyway. */
    static void createIndexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.ascending(SearchDocuments.VISIBLE_TO, ExpertDocuments.BOOKABLE),
                new IndexOptions().name("search_visible"));
        collection.createIndex(Indexes.ascending(SearchDocuments.TOKENS), new IndexOptions().name("search_tokens"));
        collection.createIndex(Indexes.ascending(ExpertDocuments.TOPICS), new IndexOptions().name("search_topics"));
        collection.createIndex(Indexes.ascending(ProfileDocuments.LIFE_SITUATIONS),
                new IndexOptions().name("search_life_situations"));
        collection.createIndex(Indexes.ascending(ProfileDocuments.TASK_TYPES),
                new IndexOptions().name("search_task_types"));
    }

    SearchResult<Expert> search(ExpertSearch search, PageRequest page) {
        List<SearchFacet> counted = FACET_FIELDS.keySet().stream()
                .filter(facet -> facet != SearchFacet.DIAGNOSES || search.countDiagnoses())
                .sorted()
                .toList();
        Document result = collection.aggregate(List.of(
                        Aggregates.match(filterOf(search)),
                        Aggregates.project(rankAndFacetKeysOf(search, counted)),
                        Aggregates.facet(
                                new Facet(ITEMS, Aggregates.sort(sortOf(search)), Aggregates.skip((int) page.offset()),
                                        Aggregates.limit(page.size()),
                                        Aggregates.lookup(MongoExpertRepository.COLLECTION, "_id", "_id", EXPERT)),
                                new Facet(TOTAL, Aggregates.group(null, Accumulators.sum(COUNT, 1))),
                                new Facet(FACET_COUNTS, Aggregates.unwind("$" + FACET_KEYS),
                                        Aggregates.group("$" + FACET_KEYS, Accumulators.sum(COUNT, 1))))))
                .first();
        List<Expert> items = result.getList(ITEMS, Document.class).stream()
                .flatMap(item -> item.getList(EXPERT, Document.class).stream())
                .map(ExpertDocuments::toExpert)
                .toList();
        List<Document> total = result.getList(TOTAL, Document.class);
        long count = total.isEmpty() ? 0 : total.get(0).get(COUNT, Number.class).longValue();
        return new SearchResult<>(new ResultPage<>(items, page.page(), page.size(), count),
                countsFrom(counted, result.getList(FACET_COUNTS, Document.class)));
    }

    /**
     * Only what ranking and counting need, so the facet stage handles small documents: the sort keys and
     * one {@code facet/value} string per facet value the expert has, so one group counts every facet.
     */
    private static Document rankAndFacetKeysOf(ExpertSearch search, List<SearchFacet> counted) {
        Document projection = new Document(ExpertDocuments.LAST_NAME, 1).append(ExpertDocuments.FIRST_NAME, 1)
                .append(RECENT_ASSIGNMENTS, new Document("$ifNull", List.of("$workload.recentCount", 0)));
        if (ranksByText(search)) {
            projection.append(RELEVANCE, relevanceOf(search));
        }
        return projection.append(FACET_KEYS, new Document("$concatArrays",
                counted.stream().map(MongoExpertSearch::facetKeysOf).toList()));
    }

    private static Document facetKeysOf(SearchFacet facet) {
        String field = "$" + FACET_FIELDS.get(facet);
        // The municipality is one value, the other facets are arrays.
        Object values = facet == SearchFacet.MUNICIPALITIES
                ? List.of(field) : new Document("$ifNull", List.of(field, List.of()));
        Document key = new Document("$concat",
                List.of(new Document("$literal", facet.key() + KEY_SEPARATOR), "$$this"));
        return new Document("$map", new Document("input", values).append("in", key));
    }

    private static Bson filterOf(ExpertSearch search) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(ExpertDocuments.BOOKABLE, true));
        filters.add(in(SearchDocuments.VISIBLE_TO, search.visibleTo().code(), SearchDocuments.ANY_COUNTY));
        search.homeCounty().ifPresent(county -> filters.add(eq(ExpertDocuments.HOME_COUNTY, county.code())));
        anyOf(filters, ProfileDocuments.MUNICIPALITY, search.filters().municipalities(), MunicipalityCode::value);
        anyOf(filters, ExpertDocuments.TOPICS, search.filters().topics(), TopicCode::value);
        anyOf(filters, ProfileDocuments.LIFE_SITUATIONS, search.filters().lifeSituations(), TopicCode::value);
        anyOf(filters, ProfileDocuments.DIAGNOSES, search.filters().diagnoses(), Object::toString);
        anyOf(filters, SearchDocuments.ORGANISATIONS, search.filters().organisations(), Function.identity());
        anyOf(filters, ProfileDocuments.ROLES, search.filters().roles(), ExpertRole::name);
        anyOf(filters, ProfileDocuments.LANGUAGES, search.filters().languages(), Object::toString);
        anyOf(filters, ProfileDocuments.TASK_TYPES, search.filters().taskTypes(), Object::toString);
        search.advancedTrainingOn().ifPresent(day ->
                filters.add(elemMatch(SearchDocuments.ADVANCED_TRAINING, covering(day))));
        search.availableOn().ifPresent(day ->
                filters.add(nor(elemMatch(SearchDocuments.UNAVAILABLE, covering(day)))));
        if (!search.textTokens().isEmpty()) {
            filters.add(all(SearchDocuments.TOKENS, List.copyOf(search.textTokens())));
        }
        return and(filters);
    }

    private static <T> void anyOf(List<Bson> filters, String field, Collection<T> values, Function<T, String> code) {
        if (!values.isEmpty()) {
            filters.add(in(field, values.stream().map(code).toList()));
        }
    }

    private static Bson covering(LocalDate day) {
        return and(lte(SearchDocuments.FROM, day.toString()), gte(SearchDocuments.UNTIL, day.toString()));
    }

    /** Without query words every expert's relevance is the same, so it is neither computed nor sorted on. */
    private static boolean ranksByText(ExpertSearch search) {
        return search.sort() == SearchSort.RELEVANCE && !search.textTokens().isEmpty();
    }

    /** How many of the query's words are whole words of the expert's public text. */
    private static Document relevanceOf(ExpertSearch search) {
        return new Document("$size", new Document("$setIntersection", List.of(
                new Document("$ifNull", List.of("$" + SearchDocuments.WORDS, List.of())),
                new Document("$literal", List.copyOf(search.textTokens())))));
    }

    private static Bson sortOf(ExpertSearch search) {
        List<Bson> order = new ArrayList<>();
        if (ranksByText(search)) {
            order.add(Sorts.descending(RELEVANCE));
        }
        if (search.sort() == SearchSort.RELEVANCE) {
            order.add(Sorts.ascending(RECENT_ASSIGNMENTS));
        }
        order.add(Sorts.ascending(ExpertDocuments.LAST_NAME, ExpertDocuments.FIRST_NAME, "_id"));
        return Sorts.orderBy(order);
    }

    /** Every counted facet, empty when no match has a value of it. */
    private static Map<SearchFacet, SortedMap<String, Long>> countsFrom(List<SearchFacet> counted,
            List<Document> groups) {
        Map<SearchFacet, SortedMap<String, Long>> counts = new EnumMap<>(SearchFacet.class);
        counted.forEach(facet -> counts.put(facet, new TreeMap<>()));
        Map<String, SearchFacet> byKey = counted.stream().collect(Collectors.toMap(SearchFacet::key, facet -> facet));
        groups.forEach(group -> {
            String key = group.getString("_id");
            int separator = key.indexOf(KEY_SEPARATOR);
            counts.get(byKey.get(key.substring(0, separator)))
                    .put(key.substring(separator + 1), group.get(COUNT, Number.class).longValue());
        });
        return counts;
    }

    private static Map<SearchFacet, String> facetFields() {
        Map<SearchFacet, String> fields = new EnumMap<>(SearchFacet.class);
        fields.put(SearchFacet.TOPICS, ExpertDocuments.TOPICS);
        fields.put(SearchFacet.LIFE_SITUATIONS, ProfileDocuments.LIFE_SITUATIONS);
        fields.put(SearchFacet.ROLES, ProfileDocuments.ROLES);
        fields.put(SearchFacet.LANGUAGES, ProfileDocuments.LANGUAGES);
        fields.put(SearchFacet.TASK_TYPES, ProfileDocuments.TASK_TYPES);
        fields.put(SearchFacet.ORGANISATIONS, SearchDocuments.ORGANISATIONS);
        fields.put(SearchFacet.MUNICIPALITIES, ProfileDocuments.MUNICIPALITY);
        fields.put(SearchFacet.DIAGNOSES, ProfileDocuments.DIAGNOSES);
        return Map.copyOf(fields);
    }
}
