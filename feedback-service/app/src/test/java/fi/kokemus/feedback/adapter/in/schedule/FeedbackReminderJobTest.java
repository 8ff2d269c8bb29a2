package fi.kokemus.feedback.adapter.in.schedule;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.adapter.out.mongo.MongoReminderLog;
import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.FakeKeycloak;
import fi.kokemus.feedback.fakes.MutableClockConfiguration;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.platform.test.ServiceWebTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The reminder job in the running service: tasks on the wire server, addresses from a Keycloak over
 * HTTP, mail over SMTP to GreenMail.
 */
@ServiceWebTest
@TestPropertySource(properties = {
    "spring.mongodb.database=feedback-reminder-test",
    "kokemus.feedback.public-link-base=https://kokemus.example.org/palaute/",
    "kokemus.feedback.reminders.keycloak.client-secret=" + FakeKeycloak.CLIENT_SECRET,
})
@Import(MutableClockConfiguration.class)
class FeedbackReminderJobTest {

    private static final String LINK_BASE = "https://kokemus.example.org/palaute/";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);
    private static final FakeKeycloak KEYCLOAK = startKeycloak();

    @Autowired
    FeedbackReminderJob job;
    @Autowired
    MutableClock clock;
    @Autowired
    FollowOrderingUseCase ordering;
    @Autowired
    FeedbackTaskRepository tasks;
    @Autowired
    LinkKeys linkKeys;
    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void mailAndKeycloak(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kokemus.feedback.reminders.keycloak.base-url", KEYCLOAK::baseUrl);
    }

    @AfterAll
    static void stopKeycloak() {
        KEYCLOAK.close();
    }

    @Test
    void remindsTheUnitsOrderersAndTheExpertByMailOnceWithTheirOwnLinks() throws Exception {
        clock.set(SampleWork.STARTS_AT.plus(Duration.ofHours(3)));
        SessionWork work = SampleWork.work("order-" + UUID.randomUUID(), "a-" + UUID.randomUUID(), "s-1", false);
        SampleWork.hold(ordering, work);
        FeedbackTask task = tasks.find(TaskId.of(work)).orElseThrow();
        clock.advance(Duration.ofDays(3));

        job.run();
        job.run();

        List<MimeMessage> received = Arrays.asList(SMTP.getReceivedMessages());
        assertThat(received).extracting(FeedbackReminderJobTest::recipient).containsExactlyInAnyOrder(
                "orderer.soite@example.org", "second.orderer@example.org", "expert.soite@example.org");
        assertThat(received).allSatisfy(message -> assertThat(message.getSubject()).startsWith("Muistutus"));
        assertThat(bodyTo(received, "expert.soite@example.org")).contains(link(task, Respondent.SELF_ASSESSMENT))
                .doesNotContain(link(task, Respondent.ORDERER));
        assertThat(bodyTo(received, "orderer.soite@example.org")).contains(link(task, Respondent.ORDERER));
        List<Document> recorded = database.getCollection(MongoReminderLog.COLLECTION)
                .find(eq("taskId", task.id().value())).into(new ArrayList<>());
        assertThat(recorded).extracting(document -> document.getString("_id"), document -> document.getInteger("recipients"))
                .containsExactlyInAnyOrder(Tuple.tuple(task.id() + "/ORDERER/1", 2),
                        Tuple.tuple(task.id() + "/SELF_ASSESSMENT/1", 1));
        assertThat(recorded).extracting(Document::toJson).allSatisfy(json -> assertThat(json).doesNotContain("@", "palaute"));
    }

    private String link(FeedbackTask task, Respondent respondent) {
        return LINK_BASE + linkKeys.tokenOf(task.request(respondent).orElseThrow().linkId()).value();
    }

    private static String bodyTo(List<MimeMessage> received, String address) {
        return received.stream().filter(message -> address.equals(recipient(message))).findFirst()
                .map(FeedbackReminderJobTest::text).orElseThrow();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FakeKeycloak startKeycloak() {
        try {
            return new FakeKeycloak();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
