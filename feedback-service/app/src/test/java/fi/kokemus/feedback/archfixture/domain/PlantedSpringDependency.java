package fi.kokemus.feedback.archfixture.domain;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** A core class that leans on Spring: the architecture rule must reject it. */
@Component
public class PlantedSpringDependency {

    private final ApplicationContext context;

    public PlantedSpringDependency(ApplicationContext context) {
        this.context = context;
    }

    public String name() {
        return context.getId();
    }
}
