package fi.kokemus.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kokemus.ordering.adapter.out.keycloak.FakeKeycloak;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.notification.NotificationFixtures;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.ServiceInfrastructure;
import fi.kokemus.platform.test.TestActors;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications as they run: ordering's events go through a real broker to the notification
 * listener, addresses come from a Keycloak over HTTP and mail goes through a real SMTP server
 * (GreenMail, in this JVM). Each subclass says which broker and MongoDB.
 */
@SpringBootTest(properties = {
    "spring.mongodb.database=ordering-notifications-it",
    "kokemus.notifications.calendar-feed-url=http://localhost:8080/api/ordering/calendar/",
})
@AutoConfigureMockMvc
// Closes the listeners before the JVM-wide broker goes down.
@DirtiesContext
abstract class NotificationsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final FakeKeycloak KEYCLOAK = startKeycloak();

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventWriter events;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    /** Runs the service on the given infrastructure, its mail going to GreenMail and its lookups to the fake Keycloak. */
    static void runOn(ServiceInfrastructure infrastructure, DynamicPropertyRegistry registry) {
        infrastructure.registerProperties(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kokemus.notifications.keycloak.base-url", KEYCLOAK::baseUrl);
        registry.add("kokemus.notifications.keycloak.client-secret", () -> FakeKeycloak.SECRET);
    }

    @Test
    void orderingsEventsReachCoordinatorsExpertAndOrdererByMailOnceEach() throws Exception {
        String order = "ord-" + UUID.randomUUID();
        publish(OrderingEvents.ORDER_PLACED, order, NotificationFixtures.orderPlaced(order, "COORDINATED"));
        OutboxMessage offer = publish(OrderingEvents.EXPERT_OFFERED, order, NotificationFixtures.offered(order));

        awaitMails(order, 2);
        kafka.send(offer.topic(), offer.key(), offer.payload()).get();
        publish(OrderingEvents.ASSIGNMENT_ACCEPTED, order, NotificationFixtures.assignment(order));

        // The acceptance came after the redelivered offer on the order's partition, so the offer was handled again.
        List<Mail> mails = awaitMails(order, 3);
        assertThat(mails).extracting(Mail::to, Mail::subject).containsExactly(
                tuple("coordinator.itu@example.org", "Uusi tilaus jonossa / En ny beställning i kön"),
                tuple("expert.itu@example.org", "Uusi tehtävätarjous / Nytt uppdragserbjudande"),
                tuple("orderer.itu@example.org",
                        "Asiantuntija hyväksyi tehtävän / Experten godkände uppdraget"));
        Thread.sleep(1_000);
        assertThat(mailsAbout(order)).hasSize(3);
    }

    @Test
    void theExpertsAcceptedSessionsAppearInTheirCalendarFeed() throws Exception {
        String order = "ord-" + UUID.randomUUID();
        publish(OrderingEvents.ORDER_PLACED, order, NotificationFixtures.orderPlaced(order, "DIRECT"));
        publish(OrderingEvents.EXPERT_OFFERED, order, NotificationFixtures.offered(order));
        publish(OrderingEvents.ASSIGNMENT_ACCEPTED, order, NotificationFixtures.assignment(order));
        awaitMails(order, 2);

        String body = mvc.perform(post("/api/ordering/me/calendar-token")
                        .with(TestActors.as(NotificationFixtures.EXPERT, Role.EXPERT, null, "ngo-ita")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String feedPath = json.readTree(body).path("feedUrl").asString().substring("http://localhost:8080".length());

        String feed = mvc.perform(get(feedPath)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("UID:asg-1-s-1@kokemus", "UID:asg-1-s-2@kokemus", "DTSTART:20270114T080000Z",
                "STATUS:CONFIRMED");
    }

    private <T> OutboxMessage publish(EventContract<T> contract, String orderId, T data) throws Exception {
        OutboxMessage message = events.write(contract, orderId, NotificationFixtures.COUNTY, data);
        kafka.send(message.topic(), message.key(), message.payload()).get();
        return message;
    }

    private static List<Mail> awaitMails(String orderId, int count) {
        await().atMost(PATIENCE).until(() -> mailsAbout(orderId).size() >= count);
        return mailsAbout(orderId);
    }

    private static List<Mail> mailsAbout(String orderId) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(Mail::of)
                .filter(mail -> mail.body().contains("/orders/" + orderId)).toList();
    }

    /** A received message, read once. */
    record Mail(String to, String subject, String body) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
                        message.getContent().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static FakeKeycloak startKeycloak() {
        try {
            FakeKeycloak keycloak = new FakeKeycloak(FakeKeycloak.demoUsers());
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
