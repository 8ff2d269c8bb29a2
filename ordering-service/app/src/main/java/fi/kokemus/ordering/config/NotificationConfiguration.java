package fi.kokemus.ordering.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.adapter.in.web.calendar.CalendarFeedUrl;
import fi.kokemus.ordering.adapter.out.keycloak.KeycloakRecipientDirectory;
import fi.kokemus.ordering.adapter.out.mail.SmtpMailer;
import fi.kokemus.ordering.adapter.out.mongo.notification.MongoCalendarFeedTokens;
import fi.kokemus.ordering.adapter.out.mongo.notification.MongoExpertAgenda;
import fi.kokemus.ordering.adapter.out.mongo.notification.MongoOrderFacts;
import fi.kokemus.ordering.adapter.out.mongo.notification.MongoSentNotifications;
import fi.kokemus.ordering.notification.CalendarFeedTokens;
import fi.kokemus.ordering.notification.CalendarFeedWriter;
import fi.kokemus.ordering.notification.CalendarFeeds;
import fi.kokemus.ordering.notification.ExpertAgenda;
import fi.kokemus.ordering.notification.Mailer;
import fi.kokemus.ordering.notification.Messages;
import fi.kokemus.ordering.notification.NotificationPlanner;
import fi.kokemus.ordering.notification.NotificationSender;
import fi.kokemus.ordering.notification.OrderFactsStore;
import fi.kokemus.ordering.notification.OrderingEventNotifier;
import fi.kokemus.ordering.notification.RecipientDirectory;
import fi.kokemus.ordering.notification.ReminderSchedule;
import fi.kokemus.ordering.notification.ReportingReminders;
import fi.kokemus.ordering.notification.SentNotifications;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

/** Notifications and calendar feeds: the core wired to Mongo, SMTP and Keycloak. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    @Bean
    ExpertAgenda expertAgenda(MongoDatabase database) {
        return new MongoExpertAgenda(database);
    }

    @Bean
    OrderFactsStore notificationOrderFacts(MongoDatabase database) {
        return new MongoOrderFacts(database);
    }

    @Bean
    SentNotifications sentNotifications(MongoDatabase database) {
        return new MongoSentNotifications(database);
    }

    @Bean
    CalendarFeedTokens calendarFeedTokens(MongoDatabase database) {
        return new MongoCalendarFeedTokens(database);
    }

    @Bean
    Mailer mailer(JavaMailSender sender, NotificationProperties properties) {
        return new SmtpMailer(sender, properties.from());
    }

    @Bean
    RecipientDirectory recipientDirectory(NotificationProperties properties, JsonMapper jsonMapper, Clock clock) {
        return new KeycloakRecipientDirectory(properties.keycloak(), jsonMapper, clock);
    }

    @Bean
    Messages notificationMessages(NotificationProperties properties) {
        return new Messages(properties.systemUrl());
    }

    @Bean
    NotificationSender notificationSender(RecipientDirectory directory, Mailer mailer, SentNotifications sent,
            Clock clock) {
        return new NotificationSender(directory, mailer, sent, clock);
    }

    @Bean
    OrderingEventNotifier orderingEventNotifier(OrderFactsStore orders, ExpertAgenda agenda, Messages messages,
            NotificationSender sender) {
        return new OrderingEventNotifier(orders, agenda, new NotificationPlanner(messages), sender);
    }

    @Bean
    ReportingReminders reportingReminders(NotificationProperties properties, ExpertAgenda agenda, Messages messages,
            NotificationSender sender, Clock clock) {
        var reminders = properties.reminders();
        return new ReportingReminders(new ReminderSchedule(reminders.cutoffDayByCounty(), reminders.daysBefore()),
                agenda, messages, sender, clock);
    }

    @Bean
    CalendarFeeds calendarFeeds(CalendarFeedTokens tokens, ExpertAgenda agenda, NotificationProperties properties,
            Clock clock) {
        return new CalendarFeeds(tokens, agenda, new CalendarFeedWriter(properties.systemUrl()), clock);
    }

    @Bean
    CalendarFeedUrl calendarFeedUrl(NotificationProperties properties) {
        return new CalendarFeedUrl(properties.calendarFeedUrl());
    }
}
