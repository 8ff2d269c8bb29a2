package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.application.port.in.SendFeedbackRemindersUseCase.RemindersRun;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.application.port.out.RecipientsUnavailable;
import fi.kokemus.feedback.domain.ExpertErasure;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.ReminderPolicy;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.FixedReminderRecipients;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.feedback.fakes.InMemoryOrderFactsRepository;
import fi.kokemus.feedback.fakes.InMemoryReminderLog;
import fi.kokemus.feedback.fakes.RecordingReminderMailer;
import fi.kokemus.feedback.fakes.RecordingReminderMailer.Mail;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders of unanswered orderer and self-assessment requests: when, to whom, with which link, and only once. */
class SendFeedbackRemindersServiceTest {

    private static final Instant REPORTED_AT = SampleWork.STARTS_AT.plus(Duration.ofHours(3));
    private static final String LINK_BASE = "https://kokemus.example.org/api/feedback/public/";
    private static final TaskId TASK = new TaskId("task-a-1--s-1");

    private final MutableClock clock = new MutableClock(REPORTED_AT);
    private final LinkKeys keys = SampleWork.linkKeys();
    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final InMemoryReminderLog log = new InMemoryReminderLog();
    private final RecordingReminderMailer mailer = new RecordingReminderMailer();
    private boolean directoryDown;
    private final SendFeedbackRemindersService reminders = new SendFeedbackRemindersService(tasks, log,
            new FixedReminderRecipients() {
                @Override
                public List<String> unitOrderers(String county, String unitId) {
                    if (directoryDown) {
                        throw new RecipientsUnavailable("Keycloak is down", null);
                    }
                    return super.unitOrderers(county, unitId);
                }
            }, mailer, keys, token -> LINK_BASE + token.value(),
            new ReminderPolicy(Duration.ofDays(3), Duration.ofDays(7), 2), clock);

    @BeforeEach
    void holdLecture() {
        SampleWork.hold(new FollowOrderingService(tasks, new InMemoryOrderFactsRepository(), keys, clock,
                new FollowOrderingService.Validity(Duration.ofDays(14), Duration.ofDays(30))),
                SampleWork.lecture("order-1", "a-1"));
    }

    @Test
    void remindsTheUnitsOrderersAndTheExpertWithTheirOwnLinksOnce() {
        clock.advance(Duration.ofDays(3));

        assertThat(reminders.sendDue()).isEqualTo(new RemindersRun(2, List.of()));
        assertThat(reminders.sendDue()).isEqualTo(new RemindersRun(0, List.of()));

        assertThat(mailer.sent()).extracting(Mail::address).containsExactlyInAnyOrder("orderer.soite@example.org",
                "second.orderer@example.org", FixedReminderRecipients.EXPERT_ADDRESS);
        assertThat(mailer.sent()).filteredOn(mail -> mail.address().startsWith("orderer")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains(link(Respondent.ORDERER), "10.3.2026",
                        "LECTURE_REGIONAL", "9.4.2026").doesNotContain(link(Respondent.SELF_ASSESSMENT)));
        assertThat(mailer.sent()).filteredOn(mail -> mail.address().equals(FixedReminderRecipients.EXPERT_ADDRESS))
                .singleElement().satisfies(mail -> assertThat(mail.body()).contains(link(Respondent.SELF_ASSESSMENT),
                        "itsearviointi", "självvärdering", "self-assessment").doesNotContain(SampleWork.EXPERT_USERNAME));
        assertThat(log.recipientsByKey()).isEqualTo(Map.of(TASK + "/ORDERER/1", 2, TASK + "/SELF_ASSESSMENT/1", 1));
    }

    @Test
    void remindsAgainAfterTheIntervalAndStopsAtTheMaximum() {
        clock.advance(Duration.ofDays(3));
        reminders.sendDue();
        clock.advance(Duration.ofDays(7));
        reminders.sendDue();
        clock.advance(Duration.ofDays(7));

        assertThat(reminders.sendDue().sent()).isZero();
        assertThat(mailer.sent()).hasSize(6);
        assertThat(log.recipientsByKey()).containsKeys(TASK + "/ORDERER/2", TASK + "/SELF_ASSESSMENT/2");
    }

    @Test
    void anAnsweredRequestIsNotReminded() {
        FeedbackTask task = tasks.find(TASK).orElseThrow();
        tasks.update(task.answer(task.request(Respondent.ORDERER).orElseThrow().tokenHash(), new FeedbackAnswer("orderer",
                1, Map.of("overall", 5, "goals-met", 5, "cooperation", 5), Map.of(), REPORTED_AT)), Optional.empty());
        clock.advance(Duration.ofDays(3));

        reminders.sendDue();

        assertThat(mailer.sent()).extracting(Mail::address).containsExactly(FixedReminderRecipients.EXPERT_ADDRESS);
    }

    @Test
    void nothingAfterTheLinkExpired() {
        clock.advance(Duration.ofDays(30));

        assertThat(reminders.sendDue().sent()).isZero();
        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void aReminderTheMailServerTookForNobodyIsTriedAgainByTheNextRun() {
        clock.advance(Duration.ofDays(3));
        mailer.refuseNext(2);

        RemindersRun failed = reminders.sendDue();

        assertThat(failed.sent()).isZero();
        assertThat(failed.failures()).hasSize(2).allSatisfy(failure -> assertThat(failure)
                .startsWith(TASK.value()).contains("reached 0 of").doesNotContain("@", LINK_BASE));
        assertThat(reminders.sendDue().sent()).isEqualTo(2);
        assertThat(mailer.sent()).hasSize(3);
    }

    @Test
    void aReminderThatReachedSomeIsNotSentAgain() {
        clock.advance(Duration.ofDays(3));
        mailer.refuse("second.orderer@example.org");

        RemindersRun partly = reminders.sendDue();

        assertThat(partly.sent()).isEqualTo(2);
        assertThat(partly.failures()).singleElement().asString().contains("ORDERER/1", "reached 1 of 2");
        assertThat(reminders.sendDue()).isEqualTo(new RemindersRun(0, List.of()));
        assertThat(mailer.sent()).extracting(Mail::address)
                .containsExactlyInAnyOrder("orderer.soite@example.org", FixedReminderRecipients.EXPERT_ADDRESS);
        assertThat(log.recipientsByKey()).containsEntry(TASK + "/ORDERER/1", 1);
    }

    @Test
    void anUnreachableDirectoryClaimsNothingSoTheNextRunSends() {
        clock.advance(Duration.ofDays(3));
        directoryDown = true;

        RemindersRun run = reminders.sendDue();

        assertThat(run.failures()).singleElement().asString().contains("ORDERER/1", "Keycloak is down");
        directoryDown = false;
        assertThat(reminders.sendDue().sent()).isEqualTo(1);
        assertThat(mailer.sent()).hasSize(3);
    }

    @Test
    void anErasedExpertIsNotMailed() {
        tasks.replaceErased(ExpertErasure.of(tasks.find(TASK).orElseThrow()));
        clock.advance(Duration.ofDays(3));

        reminders.sendDue();

        assertThat(mailer.sent()).extracting(Mail::address).doesNotContain(FixedReminderRecipients.EXPERT_ADDRESS);
        assertThat(log.recipientsByKey()).containsEntry(TASK + "/SELF_ASSESSMENT/1", 0);
    }

    private String link(Respondent respondent) {
        return LINK_BASE + keys.tokenOf(tasks.find(TASK).orElseThrow().request(respondent).orElseThrow().linkId()).value();
    }
}
