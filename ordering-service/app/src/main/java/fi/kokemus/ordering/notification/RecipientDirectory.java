package fi.kokemus.ordering.notification;

import fi.kokemus.platform.actor.Role;
import java.util.List;
import java.util.Optional;

/** Accounts' e-mail addresses, which never travel on the event bus. */
public interface RecipientDirectory {

    Optional<String> emailOf(String username);

    List<String> emailsOf(String county, Role role);
}
