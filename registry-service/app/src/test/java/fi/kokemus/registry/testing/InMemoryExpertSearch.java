package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.SearchFacet;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.search.SearchText;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/** The registry search over experts in memory, with the Mongo adapter's semantics. */
final class InMemoryExpertSearch {

    private final ExpertSearch search;
    private final ToIntFunction<Expert> recentAssignments;

    InMemoryExpertSearch(ExpertSearch search, ToIntFunction<Expert> recentAssignments) {
        this.search = search;
        this.recentAssignments = recentAssignments;
    }

    SearchResult<Expert> run(Collection<Expert> experts, PageRequest page) {
        List<Expert> matches = experts.stream().filter(this::matches).sorted(order()).toList();
        Map<SearchFacet, SortedMap<String, Long>> facets = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            if (facet != SearchFacet.DIAGNOSES || search.countDiagnoses()) {
                facets.put(facet, counts(matches, facet));
            }
        }
        List<Expert> slice = matches.stream().skip(page.offset()).limit(page.size()).toList();
        return new SearchResult<>(new ResultPage<>(slice, page.page(), page.size(), matches.size()), facets);
    }

    private boolean matches(Expert expert) {
        PublicProfile profile = expert.publicProfile();
        ExpertProfile full = expert.profile();
        return profile.active() && expert.visibleTo(search.visibleTo())
                && search.homeCounty().map(county -> county == profile.homeCounty()).orElse(true)
                && anyOf(search.filters().municipalities(), Set.of(profile.municipality()))
                && anyOf(search.filters().topics(), profile.topics())
                && anyOf(search.filters().lifeSituations(), profile.lifeSituations())
                && anyOf(search.filters().diagnoses(), full.diagnoses())
                && anyOf(search.filters().organisations(), profile.organisations())
                && anyOf(search.filters().roles(), profile.roles())
                && anyOf(search.filters().languages(), profile.languages())
                && anyOf(search.filters().taskTypes(), profile.taskTypes())
                && search.advancedTrainingOn().map(full::hasAdvancedTrainingOn).orElse(true)
                && search.availableOn().map(day -> profile.unavailable().stream().noneMatch(period -> period.covers(day)))
                        .orElse(true)
                && SearchText.tokens(SearchText.indexedWords(expert)).containsAll(search.textTokens());
    }

    private static <T> boolean anyOf(Set<T> wanted, Collection<T> held) {
        return wanted.isEmpty() || held.stream().anyMatch(wanted::contains);
    }

    private Comparator<Expert> order() {
        Comparator<Expert> byName = Comparator.comparing((Expert expert) -> expert.profile().name().lastName())
                .thenComparing(expert -> expert.profile().name().firstName())
                .thenComparing(expert -> expert.id().value());
        if (search.sort() == SearchSort.NAME) {
            return byName;
        }
        return Comparator.comparingLong(this::relevance).reversed()
                .thenComparingInt(recentAssignments)
                .thenComparing(byName);
    }

    private long relevance(Expert expert) {
        List<String> words = SearchText.indexedWords(expert);
        return search.textTokens().stream().filter(words::contains).count();
    }

    private static SortedMap<String, Long> counts(List<Expert> matches, SearchFacet facet) {
        SortedMap<String, Long> counts = new TreeMap<>();
        matches.stream().flatMap(expert -> valuesOf(expert, facet)).forEach(value -> counts.merge(value, 1L, Long::sum));
        return counts;
    }

    private static Stream<String> valuesOf(Expert expert, SearchFacet facet) {
        PublicProfile profile = expert.publicProfile();
        Collection<?> values = switch (facet) {
            case TOPICS -> profile.topics();
            case LIFE_SITUATIONS -> profile.lifeSituations();
            case ROLES -> profile.roles();
            case LANGUAGES -> profile.languages();
            case TASK_TYPES -> profile.taskTypes();
            case ORGANISATIONS -> profile.organisations();
            case MUNICIPALITIES -> Set.of(profile.municipality());
            case DIAGNOSES -> expert.profile().diagnoses();
        };
        return values.stream().map(Object::toString);
    }
}
