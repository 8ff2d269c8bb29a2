package fi.kokemus.ordering.archfixture.domain;

import org.springframework.context.ApplicationContext;

/** Breaks the hexagon rule on purpose, so ArchitectureTest can prove the rule notices. */
public class PlantedSpringDependency {

    private final ApplicationContext context;

    public PlantedSpringDependency(ApplicationContext context) {
        this.context = context;
    }

    public String applicationName() {
        return context.getApplicationName();
    }
}
