package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchFilters;
import fi.kokemus.registry.application.port.SearchFacet;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.application.port.in.SearchExpertsQuery;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.TrainingType;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchExpertsServiceTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final SearchExpertsService service = new SearchExpertsService(experts,
            Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC));
    private Expert aino;
    private Expert eero;

    @BeforeEach
    void storeExperts() {
        aino = store("M-1", aProfile().username(null).name("Aino", "Testinen").topics("MENTAL_HEALTH", "VIOLENCE")
                .diagnoses("F30_F39").consents(given(ConsentKind.REGISTRY_LISTING), given(ConsentKind.SENSITIVE_DATA))
                .trainings(new Training(TrainingType.DEVELOPER_INFLUENCER, 20, "Kokemus ry", TODAY.minusYears(1),
                        Optional.of(TODAY))));
        eero = store("M-2", aProfile().username(null).name("Eero", "Esimerkki").topics("VIOLENCE"));
        Expert formerMember = aProfile().username(null).name("Paula", "Passiivi")
                .register(new MemberReference(Actors.NGO_KESKI, "M-3"));
        formerMember.endMembership();
        experts.save(formerMember);
        store("M-4", aProfile().username(null).name("Ilkka", "Idasta").homeCounty(County.ITA_UUSIMAA));
        store("M-5", aProfile().username(null).name("Dora", "Disclosed").homeCounty(County.ITA_UUSIMAA).topics("VIOLENCE")
                .consents(given(ConsentKind.REGISTRY_LISTING), given(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY)));
    }

    @Test
    void anOrdererFindsBookableExpertsVisibleToTheirCountyAsPublicProfilesWithoutDiagnosisCounts() {
        SearchResult<PublicProfile> result = service.search(Actors.ordererSoite(), SearchExpertsQuery.all(page()));

        assertThat(result.page().items()).extracting(PublicProfile::displayName)
                .containsExactly("Dora D.", "Eero E.", "Aino T.");
        assertThat(result.facets()).doesNotContainKey(SearchFacet.DIAGNOSES)
                .containsEntry(SearchFacet.TOPICS, new TreeMap<>(Map.of("MENTAL_HEALTH", 1L, "VIOLENCE", 3L)));
    }

    @Test
    void theOtherCountysStaffSeeTheirOwnExpertsAndThoseWhoConsentedToDisclosure() {
        SearchResult<PublicProfile> result = service.search(Actors.coordinatorItu(), SearchExpertsQuery.all(page()));

        assertThat(result.page().items()).extracting(PublicProfile::displayName).containsExactly("Dora D.", "Ilkka I.");
    }

    @Test
    void aCoordinatorFiltersAndCountsByDiagnosis() {
        SearchResult<PublicProfile> result = service.search(Actors.coordinatorSoite(), diagnosisQuery());

        assertThat(result.page().items()).extracting(PublicProfile::expertId).containsExactly(aino.id());
        assertThat(result.facets().get(SearchFacet.DIAGNOSES)).containsExactly(Map.entry("F30_F39", 1L));
    }

    @Test
    void anOrdererMayNotSearchByDiagnosis() {
        assertThatThrownBy(() -> service.search(Actors.ordererSoite(), diagnosisQuery()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN);
                    assertThat(problem.code()).isEqualTo("diagnosis-filter-not-allowed");
                });
    }

    @Test
    void amongEquallyGoodMatchesTheExpertWithFewerRecentAssignmentsComesFirst() {
        experts.recordRecentAssignments(eero.id(), 2);
        experts.recordRecentAssignments(aino.id(), 1);

        SearchResult<PublicProfile> result = service.search(Actors.coordinatorSoite(), query(Set.of(), "violence",
                false, SearchSort.RELEVANCE));

        assertThat(result.page().items()).extracting(PublicProfile::displayName)
                .containsExactly("Dora D.", "Aino T.", "Eero E.");
        assertThat(service.search(Actors.coordinatorSoite(), query(Set.of(), "violence", false, SearchSort.NAME))
                .page().items()).extracting(PublicProfile::displayName).containsExactly("Dora D.", "Eero E.", "Aino T.");
    }

    @Test
    void advancedTrainingMeansValidToday() {
        SearchResult<PublicProfile> result = service.search(Actors.coordinatorSoite(),
                query(Set.of(), null, true, SearchSort.RELEVANCE));

        assertThat(result.page().items()).extracting(PublicProfile::expertId).containsExactly(aino.id());
    }

    @Test
    void otherRolesMayNotSearch() {
        assertThatThrownBy(() -> service.search(Actors.financeSoite(), SearchExpertsQuery.all(page())))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        assertThatThrownBy(() -> service.search(Actors.ngoKeski(), SearchExpertsQuery.all(page())))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void aQueryHasAtMostTwentyValuesPerFilterAndTwoHundredCharactersOfText() {
        Set<TopicCode> tooMany = IntStream.range(0, 21).mapToObj(i -> new TopicCode("TOPIC_" + i))
                .collect(Collectors.toSet());
        assertThatThrownBy(() -> query(tooMany, null, false, SearchSort.RELEVANCE))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("topic"));
        assertThatThrownBy(() -> query(Set.of(), "a".repeat(201), false, SearchSort.RELEVANCE))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("text"));
        assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.field()).isEqualTo("size"));
    }

    private static SearchExpertsQuery diagnosisQuery() {
        var filters = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(new DiagnosisCode("F30_F39")), Set.of(),
                Set.of(), Set.of(), Set.of());
        return new SearchExpertsQuery(filters, Optional.empty(), false, Optional.empty(), Optional.empty(),
                SearchSort.RELEVANCE, page());
    }

    private static SearchExpertsQuery query(Set<TopicCode> topics, String text, boolean advancedTraining,
            SearchSort sort) {
        var filters = new SearchFilters(Set.of(), topics, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        return new SearchExpertsQuery(filters, Optional.empty(), advancedTraining, Optional.empty(),
                Optional.ofNullable(text), sort, page());
    }

    private static PageRequest page() {
        return new PageRequest(0, 20);
    }

    private static ConsentDecision given(ConsentKind kind) {
        return ConsentDecision.given(kind, ProfileBuilder.CONSENT_GIVEN_AT, "v1");
    }

    private Expert store(String externalId, ProfileBuilder profile) {
        Expert expert = profile.register(new MemberReference(Actors.NGO_KESKI, externalId));
        experts.save(expert);
        return expert;
    }
}
