package fi.kokemus.registry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fi.kokemus.platform.test.HexagonRules;
import fi.kokemus.registry.archfixture.domain.PlantedSpringDependency;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final ArchRule coreIsFrameworkFree = HexagonRules.coreIsFrameworkFree();

    @Test
    void theRegistrysDomainAndApplicationUseNoFramework() {
        JavaClasses registry = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kokemus.registry");

        coreIsFrameworkFree.check(registry);
    }

    @Test
    void theRuleRejectsAPlantedFrameworkDependency() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedSpringDependency.class);

        assertThatThrownBy(() -> coreIsFrameworkFree.check(planted)).isInstanceOf(AssertionError.class);
    }
}
