package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A registry search on top of what the searcher may see. Several values of one filter match any
 * of them; all given filters must match; empty filters match everyone.
 *
 * @param county           experts living in this county; by default any county the searcher sees
 * @param diagnoses        coordinators only
 * @param organisations    the owning or another background organisation (NGO id)
 * @param advancedTraining only experts whose developer-influencer training is valid (on
 *                         {@code availableOn} when given, otherwise today)
 * @param availableOn      only experts not marked unavailable on this day
 * @param text             free text over the public profile; every word must match a word or its beginning
 */
public record SearchExpertsQuery(
        Set<MunicipalityCode> municipalities,
        Optional<County> county,
        Set<TopicCode> topics,
        Set<TopicCode> lifeSituations,
        Set<DiagnosisCode> diagnoses,
        Set<String> organisations,
        Set<ExpertRole> roles,
        Set<LanguageCode> languages,
        Set<TaskTypeCode> taskTypes,
        boolean advancedTraining,
        Optional<LocalDate> availableOn,
        Optional<String> text,
        SearchSort sort,
        PageRequest page) {

    public static final int MAX_VALUES = 20;
    public static final int MAX_TEXT_LENGTH = 200;

    public SearchExpertsQuery {
        municipalities = limited(municipalities, "municipality");
        Objects.requireNonNull(county, "county");
        topics = limited(topics, "topic");
        lifeSituations = limited(lifeSituations, "lifeSituation");
        diagnoses = limited(diagnoses, "diagnosis");
        organisations = limited(organisations, "organisation");
        organisations.forEach(id -> MemberReference.requireOrganisationId(id, "organisation"));
        roles = limited(roles, "role");
        languages = limited(languages, "language");
        taskTypes = limited(taskTypes, "taskType");
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
        return new SearchExpertsQuery(Set.of(), Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), false, Optional.empty(), Optional.empty(), SearchSort.RELEVANCE, page);
    }

    private static <T> Set<T> limited(Collection<T> values, String field) {
        if (values.size() > MAX_VALUES) {
            throw DomainProblem.invalid("invalid-value", field + " may have at most " + MAX_VALUES + " values", field);
        }
        return Set.copyOf(values);
    }
}
