package fi.kokemus.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule every service's architecture test applies: the core ({@code domain} and
 * {@code application} packages) is plain Java and knows nothing of frameworks or drivers.
 */
public final class HexagonRules {

    private static final String[] FRAMEWORK_PACKAGES = {
        "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
        "com.fasterxml.jackson..", "tools.jackson..", "jakarta..", "javax.servlet..",
        "io.micrometer..", "org.slf4j..", "fi.kokemus.platform.web..", "fi.kokemus.platform.security..",
        "fi.kokemus.platform.outbox..", "fi.kokemus.platform.kafka..", "fi.kokemus.platform.config.."
    };

    private HexagonRules() {
    }

    public static ArchRule coreIsFrameworkFree() {
        return noClasses()
                .that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("the hexagon's core must stay plain Java; frameworks live in adapters and config");
    }
}
