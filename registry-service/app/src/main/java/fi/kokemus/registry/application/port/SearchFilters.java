package fi.kokemus.registry.application.port;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import java.util.Collection;
import java.util.Set;

/**
 * The code filters of a registry search, as the searcher asks them and as the repository runs
 * them. Several values of one filter match any of them; an empty filter matches everyone.
 * {@link #requireSearchable()} holds what a searcher may ask; the repository takes any values, as
 * literals only.
 *
 * @param diagnoses     coordinators only
 * @param organisations the owning or another background organisation (NGO id)
 */
public record SearchFilters(
        Set<MunicipalityCode> municipalities,
        Set<TopicCode> topics,
        Set<TopicCode> lifeSituations,
        Set<DiagnosisCode> diagnoses,
        Set<String> organisations,
        Set<ExpertRole> roles,
        Set<LanguageCode> languages,
        Set<TaskTypeCode> taskTypes) {

    public static final int MAX_VALUES = 20;
    public static final SearchFilters NONE =
            new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public SearchFilters {
        municipalities = Set.copyOf(municipalities);
        topics = Set.copyOf(topics);
        lifeSituations = Set.copyOf(lifeSituations);
        diagnoses = Set.copyOf(diagnoses);
        organisations = Set.copyOf(organisations);
        roles = Set.copyOf(roles);
        languages = Set.copyOf(languages);
        taskTypes = Set.copyOf(taskTypes);
    }

    /** Refuses more than {@link #MAX_VALUES} values in a filter and organisation ids of the wrong form. */
    public SearchFilters requireSearchable() {
        limit(municipalities, "municipality");
        limit(topics, "topic");
        limit(lifeSituations, "lifeSituation");
        limit(diagnoses, "diagnosis");
        limit(organisations, "organisation");
        organisations.forEach(id -> MemberReference.requireOrganisationId(id, "organisation"));
        limit(roles, "role");
        limit(languages, "language");
        limit(taskTypes, "taskType");
        return this;
    }

    private static void limit(Collection<?> values, String field) {
        if (values.size() > MAX_VALUES) {
            throw DomainProblem.invalid("invalid-value", field + " may have at most " + MAX_VALUES + " values", field);
        }
    }
}
