package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.application.port.SearchFilters;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.domain.County;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which bookable experts a search matches: the code filters and these; all must match.
 *
 * @param visibleTo           only experts staff of this county may find ({@code Expert.visibleTo})
 * @param homeCounty          the expert lives in this county
 * @param advancedTrainingOn  holds a developer-influencer training valid on this day
 * @param availableOn         has no unavailable period covering this day
 * @param textTokens          normalised query words ({@code SearchText.words}); each must be a word
 *                            of the expert's public text or the beginning of one
 * @param countDiagnoses      whether the diagnoses facet is counted
 */
public record ExpertSearch(
        County visibleTo,
        Optional<County> homeCounty,
        SearchFilters filters,
        Optional<LocalDate> advancedTrainingOn,
        Optional<LocalDate> availableOn,
        Set<String> textTokens,
        SearchSort sort,
        boolean countDiagnoses) {

    public ExpertSearch {
        Objects.requireNonNull(visibleTo, "visibleTo");
        Objects.requireNonNull(homeCounty, "homeCounty");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(advancedTrainingOn, "advancedTrainingOn");
        Objects.requireNonNull(availableOn, "availableOn");
        textTokens = Set.copyOf(textTokens);
        Objects.requireNonNull(sort, "sort");
    }
}
