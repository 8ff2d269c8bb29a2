package fi.kokemus.ordering.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The notification core is plain Java like the service's domain: frameworks stay in its adapters. */
class NotificationCoreArchitectureTest {

    private static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAPackage("fi.kokemus.ordering.notification..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "org.apache.kafka..", "tools.jackson..", "jakarta..", "java.net.http..", "fi.kokemus.platform.web..",
                    "fi.kokemus.platform.kafka..", "fi.kokemus.platform.config..");

    @Test
    void theNotificationCoreIsFrameworkFree() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kokemus.ordering");
        assertThat(service.contain(OrderingEventNotifier.class)).isTrue();

        CORE_IS_FRAMEWORK_FREE.check(service);
    }

    @Test
    void theRuleCatchesAnAdapterTypeInTheCore() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedMailDependency.class);

        assertThatThrownBy(() -> CORE_IS_FRAMEWORK_FREE.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedMailDependency");
    }

    /** Kept in test sources only, to prove the rule fails. */
    static class PlantedMailDependency {
        org.springframework.mail.SimpleMailMessage message;
    }
}
