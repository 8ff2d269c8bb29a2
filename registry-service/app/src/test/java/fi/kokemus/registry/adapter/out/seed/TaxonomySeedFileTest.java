package fi.kokemus.registry.adapter.out.seed;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The shipped seed: valid terms (labels are checked on construction) with the codes others rely on. */
class TaxonomySeedFileTest {

    private final List<TaxonomyTerm> seed = new TaxonomySeedFile(JsonMapper.builder().build()).terms();
    private final Map<TaxonomyKind, List<String>> codes = seed.stream().collect(
            Collectors.groupingBy(TaxonomyTerm::kind, Collectors.mapping(TaxonomyTerm::code, Collectors.toList())));

    @Test
    void seedsEveryKindWithTermsInUseEachCodeOnce() {
        assertThat(codes).containsOnlyKeys(TaxonomyKind.values());
        assertThat(seed).noneMatch(TaxonomyTerm::retired);
        codes.forEach((kind, kindCodes) -> assertThat(kindCodes).as(kind.name()).doesNotHaveDuplicates());
    }

    @Test
    void seedsTheTopicsOfTheRegistry() {
        assertThat(codes.get(TaxonomyKind.TOPIC)).contains("MENTAL_HEALTH", "SUBSTANCE_USE", "SOMATIC_ILLNESS",
                "DISABILITY", "NEURODIVERSITY", "CHILD_PROTECTION", "FAMILY_WORK", "CLOSE_RELATIVE",
                "ADULT_SOCIAL_WORK", "OLDER_PEOPLE", "VIOLENCE", "HOMELESSNESS", "CRIME_AND_SANCTIONS", "GAMBLING",
                "EATING_DISORDERS");
        assertThat(codes.get(TaxonomyKind.LIFE_SITUATION)).contains("UNEMPLOYMENT", "DEBT", "BEREAVEMENT",
                "DIVORCE", "LONE_PARENT", "IMMIGRANT", "YOUTH_IN_CARE", "RETIREMENT", "CAREGIVER", "REHABILITATION");
    }

    @Test
    void seedsTheTaskTypesTheFeeTariffsAndTheTaskCataloguesUse() {
        assertThat(codes.get(TaxonomyKind.TASK_TYPE)).contains("CLIENT_SUPPORT", "GROUP_CO_LEADING",
                "STORY_TELLING", "DEVELOPMENT_GROUP", "DEVELOPMENT_GROUP_PREPARED", "LECTURE_REGIONAL",
                "LECTURE_NATIONAL", "WORKING_GROUP_MEMBER", "WORKSHOP_PARTICIPANT", "TESTING_PARTICIPANT",
                "SIMULATION_ROLE", "RECRUITMENT_INTERVIEWER", "PANEL_MEMBER", "SEMINAR_PRESENTER", "WORK_PAIR",
                "DEVELOPMENT_PARTNER", "INDIVIDUAL_WORK", "PAIR_WORK", "GROUP_GUIDANCE");
    }

    @Test
    void seedsDiagnosisCategoriesAtIcd10BlockLevel() {
        assertThat(codes.get(TaxonomyKind.DIAGNOSIS)).contains("F10_F19", "F20_F29", "F30_F39", "F40_F48", "F50",
                "F60_F69", "F80_F89", "F90_F98", "G35", "G40", "E10_E14", "C00_D48", "I00_I99", "J45", "M05_M14");
        assertThat(seed).filteredOn(term -> term.code().equals("F30_F39")).singleElement()
                .satisfies(term -> {
                    assertThat(term.labels().fi()).isEqualTo("Mielialahäiriöt");
                    assertThat(term.labels().sv()).isEqualTo("Förstämningssyndrom");
                });
    }
}
