package fi.kokemus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fi.kokemus.feedback.archfixture.domain.PlantedSpringDependency;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.platform.test.HexagonRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final ArchRule rule = HexagonRules.coreIsFrameworkFree();

    @Test
    void theCoreOfTheServiceIsFrameworkFree() {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("fi.kokemus.feedback");

        assertThat(service.contain(FeedbackTask.class)).isTrue();
        rule.check(service);
    }

    @Test
    void theRuleRejectsACoreClassThatUsesSpring() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedSpringDependency.class);

        assertThatThrownBy(() -> rule.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedSpringDependency");
    }
}
