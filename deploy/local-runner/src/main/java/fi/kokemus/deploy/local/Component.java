package fi.kokemus.deploy.local;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One process of the local system: what starts it, the environment it reads, when it counts as ready and
 * which components must be ready before it starts.
 */
public record Component(
        String name,
        int port,
        Launch launch,
        Map<String, String> environment,
        Probe readiness,
        Set<String> dependsOn) {

    public Component {
        environment = Collections.unmodifiableMap(new TreeMap<>(environment));
        dependsOn = Set.copyOf(dependsOn);
    }

    public Component withLaunch(Launch newLaunch) {
        return new Component(name, port, newLaunch, environment, readiness, dependsOn);
    }
}
