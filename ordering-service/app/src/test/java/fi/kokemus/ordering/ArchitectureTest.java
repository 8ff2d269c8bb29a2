package fi.kokemus.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.kokemus.ordering.application.service.PlaceOrderService;
import fi.kokemus.ordering.archfixture.domain.PlantedSpringDependency;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.test.HexagonRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.kokemus.ordering");

    @Test
    void theCoreIsFrameworkFree() {
        assertThat(SERVICE.contain(Order.class)).isTrue();
        assertThat(SERVICE.contain(PlaceOrderService.class)).isTrue();

        HexagonRules.coreIsFrameworkFree().check(SERVICE);
    }

    @Test
    void theRuleCatchesAPlantedFrameworkDependency() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedSpringDependency.class);

        assertThatThrownBy(() -> HexagonRules.coreIsFrameworkFree().check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedSpringDependency");
    }
}
