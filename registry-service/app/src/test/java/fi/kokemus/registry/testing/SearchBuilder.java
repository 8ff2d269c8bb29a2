package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.SearchFilters;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.search.SearchText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A repository search by Soite staff, everything else open, with one change at a time. */
public final class SearchBuilder {

    private County visibleTo = County.KESKI_POHJANMAA;
    private Optional<County> homeCounty = Optional.empty();
    private Set<MunicipalityCode> municipalities = Set.of();
    private Set<TopicCode> topics = Set.of();
    private Set<TopicCode> lifeSituations = Set.of();
    private Set<DiagnosisCode> diagnoses = Set.of();
    private Set<String> organisations = Set.of();
    private Set<ExpertRole> roles = Set.of();
    private Set<LanguageCode> languages = Set.of();
    private Set<TaskTypeCode> taskTypes = Set.of();
    private Optional<LocalDate> advancedTrainingOn = Optional.empty();
    private Optional<LocalDate> availableOn = Optional.empty();
    private Set<String> text = Set.of();
    private SearchSort sort = SearchSort.RELEVANCE;
    private boolean countDiagnoses;

    private SearchBuilder() {
    }

    public static SearchBuilder aSearch() {
        return new SearchBuilder();
    }

    public SearchBuilder by(County value) {
        visibleTo = value;
        return this;
    }

    public SearchBuilder homeCounty(County value) {
        homeCounty = Optional.of(value);
        return this;
    }

    public SearchBuilder municipalities(String... values) {
        municipalities = codes(values, MunicipalityCode::new);
        return this;
    }

    public SearchBuilder topics(String... values) {
        topics = codes(values, TopicCode::new);
        return this;
    }

    public SearchBuilder lifeSituations(String... values) {
        lifeSituations = codes(values, TopicCode::new);
        return this;
    }

    public SearchBuilder diagnoses(String... values) {
        diagnoses = codes(values, DiagnosisCode::new);
        return this;
    }

    public SearchBuilder organisations(String... values) {
        organisations = Set.of(values);
        return this;
    }

    public SearchBuilder roles(ExpertRole... values) {
        roles = Set.of(values);
        return this;
    }

    public SearchBuilder languages(String... values) {
        languages = codes(values, LanguageCode::new);
        return this;
    }

    public SearchBuilder taskTypes(String... values) {
        taskTypes = codes(values, TaskTypeCode::new);
        return this;
    }

    public SearchBuilder advancedTrainingOn(LocalDate day) {
        advancedTrainingOn = Optional.of(day);
        return this;
    }

    public SearchBuilder availableOn(LocalDate day) {
        availableOn = Optional.of(day);
        return this;
    }

    /** Free text, tokenised as the search service does. */
    public SearchBuilder text(String value) {
        text = Set.copyOf(SearchText.words(value));
        return this;
    }

    public SearchBuilder sort(SearchSort value) {
        sort = value;
        return this;
    }

    public SearchBuilder countingDiagnoses() {
        countDiagnoses = true;
        return this;
    }

    public ExpertSearch build() {
        return new ExpertSearch(visibleTo, homeCounty, new SearchFilters(municipalities, topics, lifeSituations,
                diagnoses, organisations, roles, languages, taskTypes), advancedTrainingOn, availableOn, text, sort,
                countDiagnoses);
    }

    private static <T> Set<T> codes(String[] values, Function<String, T> parse) {
        return Arrays.stream(values).map(parse).collect(Collectors.toSet());
    }
}
