package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchFilters;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.domain.County;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A registry search on top of what the searcher may see: the code filters and these. All given
 * filters must match.
 *
 * @param county           experts living in this county; by default any county the searcher sees
 * @param advancedTraining only experts whose developer-influencer training is valid (on
 *                         {@code availableOn} when given, otherwise today)
 * @param availableOn      only experts not marked unavailable on this day
 * @param text             free text over the public profile; every word must match a word or its beginning
 */
public record SearchExpertsQuery(
        SearchFilters filters,
        Optional<County> county,
        boolean advancedTraining,
        Optional<LocalDate> availableOn,
        Optional<String> text,
        SearchSort sort,
        PageRequest page) {

    public static final int MAX_TEXT_LENGTH = 200;

    public SearchExpertsQuery {
        Objects.requireNonNull(filters, "filters").requireSearchable();
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(availableOn, "availableOn");
        Objects.requireNonNull(text, "text");
        text = text.map(String::strip).filter(value -> !value.isEmpty());
        if (text.filter(value -> value.length() > MAX_TEXT_LENGTH).isPresent()) {
            throw DomainProblem.invalid("invalid-value", "text must be at most " + MAX_TEXT_LENGTH + " characters",
                    "text");
        }
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }

    /** Everyone the searcher may see, by relevance. */
    public static SearchExpertsQuery all(PageRequest page) {
        return new SearchExpertsQuery(SearchFilters.NONE, Optional.empty(), false, Optional.empty(), Optional.empty(),
                SearchSort.RELEVANCE, page);
    }
}
