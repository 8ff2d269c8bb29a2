package fi.kokemus.ordering.notification;

import java.util.Optional;

/** Experts' calendar feed tokens, stored only as hashes: one per expert, a new one replaces the old. */
public interface CalendarFeedTokens {

    void replace(String expertUsername, String tokenHash);

    Optional<String> expertOf(String tokenHash);
}
