package fi.kokemus.feedback.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reminder job itself is switched by {@code kokemus.feedback.reminders.enabled} and timed by
 * {@code kokemus.feedback.reminders.cron}.
 *
 * @param firstAfter   how long after a personal request opened its first reminder goes (default 3 days)
 * @param interval     time between reminders (default 7 days)
 * @param maxReminders at most this many reminders per request (default 2)
 * @param from         sender address
 * @param keycloak     where addresses are looked up, and as which confidential client
 */
@ConfigurationProperties("kokemus.feedback.reminders")
public record ReminderProperties(Duration firstAfter, Duration interval, Integer maxReminders,
        String from, Keycloak keycloak) {

    public ReminderProperties {
        firstAfter = firstAfter == null ? Duration.ofDays(3) : firstAfter;
        interval = interval == null ? Duration.ofDays(7) : interval;
        maxReminders = maxReminders == null ? 2 : maxReminders;
        from = from == null ? "kokemus-noreply@example.org" : from;
        keycloak = keycloak == null ? new Keycloak(null, null, null, null) : keycloak;
    }

    /** @param baseUrl e.g. {@code http://localhost:8180} */
    public record Keycloak(String baseUrl, String realm, String clientId, String clientSecret) {
        public Keycloak {
            baseUrl = baseUrl == null ? "http://localhost:8180" : baseUrl;
            realm = realm == null ? "kokemus" : realm;
            clientId = clientId == null ? "feedback-notifier" : clientId;
        }
    }
}
