package fi.kokemus.ordering.notification;

import fi.kokemus.platform.actor.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo accounts' addresses: every user name at example.org, two coordinators in Itä-Uusimaa. */
public class FixedRecipientDirectory implements RecipientDirectory {

    private static final Map<String, List<String>> COORDINATORS = Map.of(
            "ita-uusimaa", List.of("coordinator.itu@example.org", "deputy.itu@example.org"));

    @Override
    public Optional<String> emailOf(String username) {
        return username.startsWith("unknown") ? Optional.empty() : Optional.of(username + "@example.org");
    }

    @Override
    public List<String> emailsOf(String county, Role role) {
        return role == Role.COORDINATOR ? COORDINATORS.getOrDefault(county, List.of()) : List.of();
    }
}
