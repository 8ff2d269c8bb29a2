package fi.kokemus.registry.testing;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static fi.kokemus.registry.testing.SearchBuilder.aSearch;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchFacet;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.TrainingType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How every {@link ExpertRepository} adapter searches; run against each of them. */
public abstract class ExpertSearchContract {

    private static final LocalDate DAY = LocalDate.parse("2026-12-01");

    protected abstract ExpertRepository repository();

    /** Stands in for ordering's events: the expert's recent accepted assignments. */
    protected abstract void recordRecentAssignments(ExpertId expert, int count);

    @Test
    void findsOnlyBookableExpertsTheSearchersCountyMaySee() {
        store("v-1", aProfile().username(null).name("Aino", "Kotinen"));
        store("v-2", aProfile().username(null).name("Ilkka", "Idasta").homeCounty(County.ITA_UUSIMAA));
        store("v-3", aProfile().username(null).name("Dora", "Disclosed").homeCounty(County.ITA_UUSIMAA)
                .consents(ConsentDecision.given(ConsentKind.REGISTRY_LISTING, ProfileBuilder.CONSENT_GIVEN_AT, "v1"),
                        ConsentDecision.given(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY, ProfileBuilder.CONSENT_GIVEN_AT, "v1")));
        Expert contracted = register("v-4", aProfile().username(null).name("Kalle", "Kontrahti").homeCounty(County.ITA_UUSIMAA));
        contracted.recordContract(new AssignmentContract(County.KESKI_POHJANMAA, DAY, Optional.empty()));
        repository().save(contracted);
        Expert formerMember = register("v-5", aProfile().username(null).name("Paula", "Passiivi"));
        formerMember.endMembership();
        repository().save(formerMember);

        assertThat(names(aSearch().build())).containsExactly("Dora D.", "Kalle K.", "Aino K.");
        assertThat(names(aSearch().homeCounty(County.ITA_UUSIMAA).build())).containsExactly("Dora D.", "Kalle K.");
        assertThat(names(aSearch().by(County.ITA_UUSIMAA).build())).containsExactly("Dora D.", "Ilkka I.", "Kalle K.");
        assertThat(names(aSearch().by(County.LAPPI).build())).containsExactly("Dora D.");
    }

    @Test
    void valuesOfOneFilterAreAlternativesAndFiltersCombine() {
        store("f-1", aProfile().username(null).name("Aino", "Aalto").topics("MENTAL_HEALTH").languages("fi")
                .roles(ExpertRole.EXPERT_BY_EXPERIENCE).municipality("272"));
        store("f-2", aProfile().username(null).name("Bertta", "Berg").topics("VIOLENCE").languages("sv")
                .roles(ExpertRole.EXPERIENCE_TRAINER).municipality("005"));
        store("f-3", aProfile().username(null).name("Cecilia", "Carlsson").topics("SUBSTANCE_USE").languages("sv")
                .lifeSituations("UNEMPLOYMENT").taskTypes("LECTURE_REGIONAL").otherOrganisations("ngo-ita"));

        assertThat(names(aSearch().topics("MENTAL_HEALTH", "VIOLENCE").build())).containsExactly("Aino A.", "Bertta B.");
        assertThat(names(aSearch().topics("MENTAL_HEALTH", "VIOLENCE").languages("sv").build()))
                .containsExactly("Bertta B.");
        assertThat(names(aSearch().roles(ExpertRole.EXPERIENCE_TRAINER).build())).containsExactly("Bertta B.");
        assertThat(names(aSearch().municipalities("272", "005").languages("fi").build())).containsExactly("Aino A.");
        assertThat(names(aSearch().lifeSituations("UNEMPLOYMENT").taskTypes("LECTURE_REGIONAL").build()))
                .containsExactly("Cecilia C.");
        assertThat(names(aSearch().organisations("ngo-ita").build())).containsExactly("Cecilia C.");
        assertThat(names(aSearch().organisations(Actors.NGO_KESKI).build())).hasSize(3);
        assertThat(names(aSearch().topics("VIOLENCE").lifeSituations("UNEMPLOYMENT").build())).isEmpty();
    }

    @Test
    void pagesAndCountsEveryMatchPerFacet() {
        store("p-1", aProfile().username(null).name("Aino", "Aalto").topics("MENTAL_HEALTH", "VIOLENCE"));
        store("p-2", aProfile().username(null).name("Bertta", "Berg").topics("VIOLENCE").languages("fi", "sv"));
        store("p-3", aProfile().username(null).name("Cecilia", "Carlsson").topics("VIOLENCE").diagnoses("F30_F39")
                .consents(ConsentDecision.given(ConsentKind.REGISTRY_LISTING, ProfileBuilder.CONSENT_GIVEN_AT, "v1"),
                        ConsentDecision.given(ConsentKind.SENSITIVE_DATA, ProfileBuilder.CONSENT_GIVEN_AT, "v1")));

        SearchResult<Expert> second = repository().search(aSearch().sort(SearchSort.NAME).build(), new PageRequest(1, 2));

        assertThat(second.page().items()).extracting(expert -> expert.profile().displayName())
                .containsExactly("Cecilia C.");
        assertThat(second.page().total()).isEqualTo(3);
        assertThat(second.facets().get(SearchFacet.TOPICS)).isEqualTo(Map.of("MENTAL_HEALTH", 1L, "VIOLENCE", 3L));
        assertThat(second.facets().get(SearchFacet.LANGUAGES)).isEqualTo(Map.of("fi", 3L, "sv", 1L));
        assertThat(second.facets().get(SearchFacet.ORGANISATIONS)).isEqualTo(Map.of(Actors.NGO_KESKI, 3L));
        assertThat(second.facets().get(SearchFacet.MUNICIPALITIES)).isEqualTo(Map.of("272", 3L));
        assertThat(second.facets().get(SearchFacet.ROLES)).isEqualTo(Map.of("EXPERT_BY_EXPERIENCE", 3L));
        assertThat(second.facets()).doesNotContainKey(SearchFacet.DIAGNOSES);

        SearchResult<Expert> coordinators = repository().search(aSearch().countingDiagnoses().diagnoses("F30_F39").build(),
                new PageRequest(0, 10));
        assertThat(coordinators.page().total()).isEqualTo(1);
        assertThat(coordinators.facets().get(SearchFacet.DIAGNOSES)).isEqualTo(Map.of("F30_F39", 1L));
        assertThat(coordinators.facets().get(SearchFacet.TOPICS)).isEqualTo(Map.of("VIOLENCE", 1L));
    }

    @Test
    void freeTextMatchesWordsAndTheirBeginningsOfThePublicTextOnly() {
        store("t-1", aProfile().username(null).name("Äijö", "Öljynen").topics("CHILD_PROTECTION")
                .trainings(new Training(TrainingType.BASIC, 45, "Mielenterveysseura", DAY, Optional.empty())));
        store("t-2", aProfile().username(null).name("Jose", "Núñez").topics("VIOLENCE")
                .contact("secret.word@example.org", null));

        assertThat(names(aSearch().text("mielen").build())).containsExactly("Äijö Ö.");
        assertThat(names(aSearch().text("ÄIJÖ child").build())).containsExactly("Äijö Ö.");
        assertThat(names(aSearch().text("aijo").build())).isEmpty();
        assertThat(names(aSearch().text("josé").build())).containsExactly("Jose N.");
        assertThat(names(aSearch().text("child violence").build())).isEmpty();
        assertThat(names(aSearch().text("Öljynen").build())).as("the last name is not public").isEmpty();
        assertThat(names(aSearch().text("secret").build())).as("contact details are not public").isEmpty();
    }

    @Test
    void wholeWordMatchesRankFirstThenFewerRecentAssignmentsThenName() {
        Expert busy = store("r-1", aProfile().username(null).name("Aino", "Aalto").topics("VIOLENCE"));
        store("r-2", aProfile().username(null).name("Bertta", "Berg").topics("VIOLENCE"));
        Expert idle = store("r-3", aProfile().username(null).name("Cecilia", "Carlsson").topics("VIOLENCE"));
        store("r-4", aProfile().username(null).name("Violetta", "Wirtanen").topics("MENTAL_HEALTH"));
        recordRecentAssignments(busy.id(), 3);
        recordRecentAssignments(idle.id(), 0);

        assertThat(names(aSearch().text("viol").build()))
                .containsExactly("Bertta B.", "Cecilia C.", "Violetta W.", "Aino A.");
        assertThat(names(aSearch().text("violetta").build())).containsExactly("Violetta W.");
        assertThat(names(aSearch().text("violence").build())).containsExactly("Bertta B.", "Cecilia C.", "Aino A.");
        assertThat(names(aSearch().text("viol mental").build())).containsExactly("Violetta W.");
        assertThat(names(aSearch().build())).containsExactly("Bertta B.", "Cecilia C.", "Violetta W.", "Aino A.");
        assertThat(names(aSearch().sort(SearchSort.NAME).build()))
                .containsExactly("Aino A.", "Bertta B.", "Cecilia C.", "Violetta W.");
    }

    @Test
    void aWholeWordOutranksABeginningWhateverTheWorkload() {
        Expert whole = store("w-1", aProfile().username(null).name("Mielen", "Malli").topics("VIOLENCE"));
        store("w-2", aProfile().username(null).name("Aino", "Aalto")
                .trainings(new Training(TrainingType.BASIC, 45, "Mielenterveysseura", DAY, Optional.empty())));
        recordRecentAssignments(whole.id(), 5);

        assertThat(names(aSearch().text("mielen").build())).containsExactly("Mielen M.", "Aino A.");
        assertThat(names(aSearch().text("mielen").sort(SearchSort.NAME).build())).containsExactly("Aino A.", "Mielen M.");
    }

    @Test
    void filtersByAdvancedTrainingAndAvailabilityOnADay() {
        store("d-1", aProfile().username(null).name("Aino", "Aalto").trainings(
                new Training(TrainingType.DEVELOPER_INFLUENCER, 20, "Kokemus ry", DAY.minusYears(1), Optional.of(DAY))));
        store("d-2", aProfile().username(null).name("Bertta", "Berg").trainings(
                new Training(TrainingType.DEVELOPER_INFLUENCER, 20, "Kokemus ry", DAY.minusYears(1), Optional.empty())));
        store("d-3", aProfile().username(null).name("Cecilia", "Carlsson").trainings(
                new Training(TrainingType.BASIC, 45, "Kokemus ry", DAY.minusYears(1), Optional.empty())));
        Expert away = register("d-4", aProfile().username(null).name("Eero", "Esimerkki"));
        away.changeAvailability(new Availability(false, Optional.empty(), List.of(new DatePeriod(DAY, DAY.plusDays(2)))));
        repository().save(away);

        assertThat(names(aSearch().advancedTrainingOn(DAY).build())).containsExactly("Aino A.", "Bertta B.");
        assertThat(names(aSearch().advancedTrainingOn(DAY.plusDays(1)).build())).containsExactly("Bertta B.");
        assertThat(names(aSearch().availableOn(DAY.plusDays(2)).build()))
                .containsExactly("Aino A.", "Bertta B.", "Cecilia C.");
        assertThat(names(aSearch().availableOn(DAY.plusDays(3)).build())).hasSize(4);
    }

    @Test
    void operatorLikeValuesAreOnlyLiteralValues() {
        store("i-1", aProfile().username(null));

        assertThat(names(aSearch().organisations("{\"$gt\":\"\"}").build())).isEmpty();
        assertThat(names(aSearch().organisations("$where").build())).isEmpty();
        assertThat(names(aSearch().text("{\"$gt\":\"\"} $where").build())).isEmpty();
    }

    private List<String> names(ExpertSearch search) {
        return repository().search(search, new PageRequest(0, 20)).page().items().stream()
                .map(expert -> expert.profile().displayName()).toList();
    }

    private Expert store(String externalId, ProfileBuilder profile) {
        Expert expert = register(externalId, profile);
        repository().save(expert);
        return expert;
    }

    private static Expert register(String externalId, ProfileBuilder profile) {
        return profile.register(new MemberReference(Actors.NGO_KESKI, externalId));
    }
}
