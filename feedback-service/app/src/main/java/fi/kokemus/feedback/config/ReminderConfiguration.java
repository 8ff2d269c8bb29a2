package fi.kokemus.feedback.config;

import fi.kokemus.feedback.adapter.in.schedule.FeedbackReminderJob;
import fi.kokemus.feedback.adapter.in.web.PublicLinks;
import fi.kokemus.feedback.adapter.out.keycloak.KeycloakReminderRecipients;
import fi.kokemus.feedback.adapter.out.keycloak.NotifierClient;
import fi.kokemus.feedback.adapter.out.mail.SmtpReminderMailer;
import fi.kokemus.feedback.application.port.in.SendFeedbackRemindersUseCase;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.application.port.out.ReminderCandidates;
import fi.kokemus.feedback.application.port.out.ReminderLog;
import fi.kokemus.feedback.application.port.out.ReminderMailer;
import fi.kokemus.feedback.application.port.out.ReminderRecipients;
import fi.kokemus.feedback.application.service.SendFeedbackRemindersService;
import fi.kokemus.feedback.domain.ReminderPolicy;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

/** E-mail reminders of unanswered orderer and self-assessment requests. */
@Configuration(proxyBeanMethods = false)
public class ReminderConfiguration {

    @Bean
    ReminderMailer reminderMailer(JavaMailSender sender, ReminderProperties properties) {
        return new SmtpReminderMailer(sender, properties.from());
    }

    @Bean
    ReminderRecipients reminderRecipients(ReminderProperties properties, JsonMapper json, Clock clock) {
        ReminderProperties.Keycloak keycloak = properties.keycloak();
        return new KeycloakReminderRecipients(new NotifierClient(keycloak.baseUrl(), keycloak.realm(),
                keycloak.clientId(), keycloak.clientSecret()), json, clock);
    }

    @Bean
    SendFeedbackRemindersUseCase sendFeedbackReminders(ReminderCandidates candidates, ReminderLog reminders,
            ReminderRecipients recipients, ReminderMailer mailer, LinkKeys links, PublicLinks publicLinks,
            ReminderProperties properties, Clock clock) {
        return new SendFeedbackRemindersService(candidates, reminders, recipients, mailer, links, publicLinks::of,
                new ReminderPolicy(properties.firstAfter(), properties.interval(), properties.maxReminders()), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "kokemus.feedback.reminders.enabled", matchIfMissing = true)
    FeedbackReminderJob feedbackReminderJob(SendFeedbackRemindersUseCase reminders) {
        return new FeedbackReminderJob(reminders);
    }
}
