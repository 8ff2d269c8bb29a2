package fi.kokemus.registry.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.MunicipalityCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalitiesTest {

    private static final List<String> ALAND = List.of("035", "043", "060", "062", "065", "076", "170", "295",
            "318", "417", "438", "478", "736", "766", "771", "941");

    private final Municipalities finland = Municipalities.finland();

    @Test
    void holdsAllThreeHundredAndEightMunicipalitiesOf2025EachOnce() {
        assertThat(finland.all()).hasSize(308);
        assertThat(finland.all().stream().map(Municipality::code).distinct()).hasSize(308);
    }

    @Test
    void everyMainlandMunicipalityBelongsToACountyAndOnlyAlandsSixteenToNone() {
        List<String> withoutCounty = finland.all().stream()
                .filter(municipality -> municipality.county().isEmpty())
                .map(municipality -> municipality.code().value())
                .toList();

        assertThat(withoutCounty).containsExactlyElementsOf(ALAND);
    }

    @Test
    void everyCountyHasMunicipalities() {
        for (County county : County.values()) {
            assertThat(finland.inCounty(county)).as(county.code()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "091, Helsinki, Helsingfors, helsinki",
        "049, Espoo, Esbo, lansi-uusimaa",
        "092, Vantaa, Vanda, vantaa-kerava",
        "272, Kokkola, Karleby, keski-pohjanmaa",
        "564, Oulu, Uleåborg, pohjois-pohjanmaa",
        "638, Porvoo, Borgå, ita-uusimaa",
        "837, Tampere, Tammerfors, pirkanmaa",
        "853, Turku, Åbo, varsinais-suomi",
        "179, Jyväskylä, Jyväskylä, keski-suomi",
        "698, Rovaniemi, Rovaniemi, lappi",
        "205, Kajaani, Kajana, kainuu",
        "858, Tuusula, Tusby, keski-uusimaa",
        "291, Kuhmoinen, Kuhmoinen, pirkanmaa",
        "142, Iitti, Iitti, paijat-hame",
        "090, Heinävesi, Heinävesi, pohjois-karjala"
    })
    void knowsWellKnownMunicipalitiesAndTheirCounties(String code, String nameFi, String nameSv, String county) {
        assertThat(finland.find(new MunicipalityCode(code))).contains(new Municipality(new MunicipalityCode(code),
                nameFi, nameSv, County.find(county)));
    }

    @Test
    void mariehamnBelongsToNoCounty() {
        assertThat(finland.find(new MunicipalityCode("478")))
                .contains(new Municipality(new MunicipalityCode("478"), "Maarianhamina", "Mariehamn", Optional.empty()));
    }

    @Test
    void pertunmaaIsGoneSinceItJoinedMantyharjuIn2025() {
        assertThat(finland.find(new MunicipalityCode("588"))).isEmpty();
        assertThat(finland.find(new MunicipalityCode("507")).map(Municipality::nameFi)).contains("Mäntyharju");
    }

    @Test
    void listsTheEightMunicipalitiesOfSoiteInCodeOrder() {
        assertThat(finland.inCounty(County.KESKI_POHJANMAA)).extracting(Municipality::nameFi).containsExactly(
                "Halsua", "Kannus", "Kaustinen", "Kokkola", "Lestijärvi", "Perho", "Toholampi", "Veteli");
    }

    @Test
    void requiringAnUnknownCodeIsInvalidInputInTheNamedField() {
        assertThat(finland.require(new MunicipalityCode("272"), "municipality").nameFi()).isEqualTo("Kokkola");
        assertThatThrownBy(() -> finland.require(new MunicipalityCode("999"), "homeMunicipality"))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.code()).isEqualTo("unknown-municipality");
                    assertThat(problem.field()).isEqualTo("homeMunicipality");
                    assertThat(problem.getMessage()).contains("999");
                });
    }

    @Test
    void refusesDataThatListsACodeTwiceOrNamesAnUnknownCounty() {
        String header = "code;nameFi;nameSv;county";

        assertThatThrownBy(() -> Municipalities.parse(List.of(header, "272;Kokkola;Karleby;keski-pohjanmaa",
                "272;Kokkola;Karleby;keski-pohjanmaa"))).hasMessageContaining("272");
        assertThatThrownBy(() -> Municipalities.parse(List.of(header, "272;Kokkola;Karleby;soite")))
                .hasMessageContaining("soite");
        assertThatThrownBy(() -> Municipalities.parse(List.of(header, "272;Kokkola;Karleby")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Municipalities.parse(List.of("272;Kokkola;Karleby;keski-pohjanmaa")))
                .hasMessageContaining("header");
    }
}
