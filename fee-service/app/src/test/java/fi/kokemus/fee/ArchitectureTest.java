package fi.kokemus.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fi.kokemus.fee.application.service.PriceApprovedWorkService;
import fi.kokemus.fee.archfixture.domain.PlantedSpringDependency;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.platform.test.HexagonRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.kokemus.fee");

    private final ArchRule rule = HexagonRules.coreIsFrameworkFree();

    @Test
    void theCoreIsPlainJava() {
        assertThat(SERVICE.contain(FeeLine.class)).isTrue();
        assertThat(SERVICE.contain(PriceApprovedWorkService.class)).isTrue();
        rule.check(SERVICE);
    }

    @Test
    void theRuleCatchesAFrameworkImportInTheDomain() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedSpringDependency.class);

        assertThatThrownBy(() -> rule.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(PlantedSpringDependency.class.getName());
    }
}
