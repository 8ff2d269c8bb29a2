package fi.kokemus.registry.application.port;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One page of search results and, over all matches, how many have each value of each facet.
 *
 * @param facets only the facets that were counted; values with no match are left out
 */
public record SearchResult<T>(ResultPage<T> page, Map<SearchFacet, SortedMap<String, Long>> facets) {

    public SearchResult {
        Map<SearchFacet, SortedMap<String, Long>> copy = new EnumMap<>(SearchFacet.class);
        facets.forEach((facet, counts) -> copy.put(facet, Collections.unmodifiableSortedMap(new TreeMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
    }

    public <R> SearchResult<R> map(Function<T, R> mapper) {
        return new SearchResult<>(page.map(mapper), facets);
    }
}
