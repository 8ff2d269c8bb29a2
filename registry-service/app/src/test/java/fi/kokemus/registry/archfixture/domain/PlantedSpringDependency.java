package fi.kokemus.registry.archfixture.domain;

import org.springframework.context.ApplicationContext;

/** A deliberate violation: a "domain" class that reaches for Spring. The architecture rule must reject it. */
public class PlantedSpringDependency {

    private ApplicationContext context;

    public ApplicationContext context() {
        return context;
    }
}
