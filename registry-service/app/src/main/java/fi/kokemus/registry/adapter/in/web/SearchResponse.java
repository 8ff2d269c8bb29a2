package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.domain.PublicProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of public profiles and the facet counts over every match.
 *
 * @param facets facet name, e.g. {@code topics}, to the number of matches per value
 */
record SearchResponse(List<PublicProfileResponse> items, int page, int size, long total,
        Map<String, Map<String, Long>> facets) {

    static SearchResponse of(SearchResult<PublicProfile> result) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet.key(), counts));
        return new SearchResponse(result.page().items().stream().map(PublicProfileResponse::of).toList(),
                result.page().page(), result.page().size(), result.page().total(), facets);
    }
}
