package fi.kokemus.ordering.config;

import fi.kokemus.ordering.adapter.out.keycloak.KeycloakProperties;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param systemUrl       where people sign in; messages and calendar entries link there
 * @param from            the sender address of every message
 * @param calendarFeedUrl the public address calendar feeds are served under (the gateway's)
 * @param reminders       the fee-report reminders
 * @param keycloak        where account addresses are looked up
 */
@ConfigurationProperties("kokemus.notifications")
public record NotificationProperties(String systemUrl, String from, String calendarFeedUrl, Reminders reminders,
        KeycloakProperties keycloak) {

    /**
     * @param cutoffDayByCounty day of the following month a county's fee reports are due
     * @param daysBefore        days before the cut-off reminders go out (0 = on the day)
     * @param cron              when the reminder job runs, in Finnish time
     */
    public record Reminders(Map<String, Integer> cutoffDayByCounty, List<Integer> daysBefore, String cron) {
    }
}
