package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which bookable experts a search matches. Several values of one filter match any of them; an
 * empty filter matches everyone; all filters must match.
 *
 * @param visibleTo           only experts staff of this county may find ({@code Expert.visibleTo})
 * @param homeCounty          the expert lives in this county
 * @param organisations       the owning or another background organisation
 * @param advancedTrainingOn  holds a developer-influencer training valid on this day
 * @param availableOn         has no unavailable period covering this day
 * @param textTokens          normalised query words ({@code SearchText.words}); each must be a word
 *                            of the expert's public text or the beginning of one
 * @param countDiagnoses      whether the diagnoses facet is counted
 */
public record ExpertSearch(
        County visibleTo,
        Optional<County> homeCounty,
        Set<MunicipalityCode> municipalities,
        Set<TopicCode> topics,
        Set<TopicCode> lifeSituations,
        Set<DiagnosisCode> diagnoses,
        Set<String> organisations,
        Set<ExpertRole> roles,
        Set<LanguageCode> languages,
        Set<TaskTypeCode> taskTypes,
        Optional<LocalDate> advancedTrainingOn,
        Optional<LocalDate> availableOn,
        Set<String> textTokens,
        SearchSort sort,
        boolean countDiagnoses) {

    public ExpertSearch {
        Objects.requireNonNull(visibleTo, "visibleTo");
        Objects.requireNonNull(homeCounty, "homeCounty");
        municipalities = Set.copyOf(municipalities);
        topics = Set.copyOf(topics);
        lifeSituations = Set.copyOf(lifeSituations);
        diagnoses = Set.copyOf(diagnoses);
        organisations = Set.copyOf(organisations);
        roles = Set.copyOf(roles);
        languages = Set.copyOf(languages);
        taskTypes = Set.copyOf(taskTypes);
        Objects.requireNonNull(advancedTrainingOn, "advancedTrainingOn");
        Objects.requireNonNull(availableOn, "availableOn");
        textTokens = Set.copyOf(textTokens);
        Objects.requireNonNull(sort, "sort");
    }
}
