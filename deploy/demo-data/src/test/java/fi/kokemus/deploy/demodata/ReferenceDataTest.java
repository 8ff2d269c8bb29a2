package fi.kokemus.deploy.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static final Set<String> REGISTRY_COUNTIES = ReferenceTable.rows("reference/municipalities.csv").stream()
            .map(row -> row[3]).filter(county -> !county.isEmpty()).collect(Collectors.toSet());

    @Test
    void populationsCoverEveryCountyOfTheRegistry() {
        List<String> counties = ReferenceTable.rows("demodata/counties.csv").stream().map(row -> row[0]).toList();

        assertThat(counties).hasSize(22).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(REGISTRY_COUNTIES);
    }

    @Test
    void everyCountyHasAnOrganisationAndEveryOrganisationWorksInKnownCounties() {
        Organisations organisations = ReferenceData.loaded().organisations();
        List<String[]> rows = ReferenceTable.rows("demodata/organisations.csv");

        assertThat(organisations.all()).doesNotHaveDuplicates();
        assertThat(REGISTRY_COUNTIES).allSatisfy(county -> assertThat(organisations.serving(county)).isNotEmpty());
        assertThat(rows).allSatisfy(row -> assertThat(Arrays.asList(row[1].split(",")))
                .hasSizeBetween(1, 2).isSubsetOf(REGISTRY_COUNTIES));
    }

    @Test
    void weightedMunicipalitiesAndCodesExistInTheRegistrysLists() {
        Set<String> municipalities = ReferenceTable.rows("reference/municipalities.csv").stream()
                .filter(row -> !row[3].isEmpty()).map(row -> row[0]).collect(Collectors.toSet());

        assertThat(ReferenceTable.rows("demodata/municipality-weights.csv")).allSatisfy(row ->
                assertThat(municipalities).contains(row[0]));
        assertThat(ReferenceTable.rows("demodata/code-weights.csv")).allSatisfy(row ->
                assertThat(ReferenceData.loaded().taxonomy().all(Taxonomy.Kind.valueOf(row[0]))).contains(row[1]));
    }
}
