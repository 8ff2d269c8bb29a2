package fi.kokemus.fee.archfixture.domain;

import org.springframework.context.ApplicationContext;

/** A domain class that breaks the hexagon on purpose, so the architecture test can show its rule bites. */
public class PlantedSpringDependency {

    private final ApplicationContext context;

    public PlantedSpringDependency(ApplicationContext context) {
        this.context = context;
    }

    public String name() {
        return context.getId();
    }
}
