package fi.kokemus.feedback.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.AnswerSummary;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackReminder;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionOutcomeKind;
import fi.kokemus.feedback.domain.TaskChange;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Which tasks the reminder job looks at, and its record of reminders, on the wire server. */
class MongoReminderStoresTest {

    private static final Instant REPORTED_AT = SampleWork.STARTS_AT.plus(Duration.ofHours(3));
    private static final Instant LATER = REPORTED_AT.plus(Duration.ofDays(3));
    private static final LinkKeys KEYS = SampleWork.linkKeys();
    private static MongoClient client;
    private static MongoFeedbackTaskRepository tasks;
    private static MongoReminderCandidates candidates;
    private static MongoReminderLog log;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        var database = client.getDatabase("feedback-reminder-stores-test");
        tasks = new MongoFeedbackTaskRepository(database, new EventWriter("feedback-service",
                JsonMapper.builder().build(), Clock.fixed(REPORTED_AT, ZoneOffset.UTC)));
        candidates = new MongoReminderCandidates(database);
        log = new MongoReminderLog(database);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void aTaskIsACandidateWhileAPersonalRequestIsOpenAndUnanswered() {
        FeedbackTask held = stored(true);
        FeedbackTask audienceOnly = stored(false);
        assertThat(candidates.withOpenPersonalRequests(LATER)).extracting(FeedbackTask::id)
                .contains(held.id()).doesNotContain(audienceOnly.id());

        FeedbackTask ordererAnswered = answer(held, Respondent.ORDERER, "orderer");
        assertThat(candidates.withOpenPersonalRequests(LATER)).extracting(FeedbackTask::id).contains(held.id());

        answer(ordererAnswered, Respondent.SELF_ASSESSMENT, "self-assessment");
        assertThat(candidates.withOpenPersonalRequests(LATER)).extracting(FeedbackTask::id).doesNotContain(held.id());
    }

    @Test
    void closedAndExpiredRequestsMakeNoCandidate() {
        FeedbackTask cancelled = stored(true);
        tasks.update(cancelled.cancelled(), Optional.empty());
        FeedbackTask expiring = stored(true);
        Instant expired = expiring.request(Respondent.ORDERER).orElseThrow().expiresAt();

        assertThat(candidates.withOpenPersonalRequests(LATER)).extracting(FeedbackTask::id)
                .doesNotContain(cancelled.id()).contains(expiring.id());
        assertThat(candidates.withOpenPersonalRequests(expired)).extracting(FeedbackTask::id)
                .doesNotContain(expiring.id());
    }

    @Test
    void aReminderIsClaimedOnceAndItsReleaseLetsItBeClaimedAgain() {
        FeedbackTask task = stored(true);
        FeedbackReminder first = reminder(task, 1);
        FeedbackReminder second = reminder(task, 2);

        assertThat(log.lastSent(task.id(), Respondent.ORDERER)).isZero();
        assertThat(log.claim(first, LATER)).isTrue();
        assertThat(log.claim(first, LATER)).isFalse();
        log.delivered(first, 2);
        assertThat(log.claim(second, LATER)).isTrue();
        assertThat(log.lastSent(task.id(), Respondent.ORDERER)).isEqualTo(2);
        assertThat(log.lastSent(task.id(), Respondent.SELF_ASSESSMENT)).isZero();

        log.release(second);

        assertThat(log.lastSent(task.id(), Respondent.ORDERER)).isEqualTo(1);
        assertThat(log.claim(second, LATER)).isTrue();
    }

    /** A stored lecture task; when {@code held}, its session was reported and the personal links opened. */
    private static FeedbackTask stored(boolean held) {
        TaskChange created = FeedbackTask.confirmed(SampleWork.lecture("order-" + UUID.randomUUID(),
                "a-" + UUID.randomUUID()), REPORTED_AT, Duration.ofDays(14), KEYS::issue);
        tasks.addIfAbsent(created.task(), created.opened());
        if (held) {
            TaskChange reported = tasks.find(created.task().id()).orElseThrow()
                    .afterSession(SessionOutcomeKind.HELD, REPORTED_AT, Duration.ofDays(30), KEYS::issue);
            tasks.update(reported.task(), reported.opened());
        }
        return tasks.find(created.task().id()).orElseThrow();
    }

    private static FeedbackTask answer(FeedbackTask task, Respondent respondent, String form) {
        tasks.recordAnswer(task.answered(task.request(respondent).orElseThrow().tokenHash(),
                new FeedbackAnswer(form, 1, Map.of("overall", 4), Map.of(), REPORTED_AT.plusSeconds(60)),
                AnswerSummary.DEFAULT_MINIMUM));
        return tasks.find(task.id()).orElseThrow();
    }

    private static FeedbackReminder reminder(FeedbackTask task, int number) {
        return new FeedbackReminder(task.id(), Respondent.ORDERER, number, task.work(),
                task.request(Respondent.ORDERER).orElseThrow().expiresAt(), "https://kokemus.example.org/palaute/x");
    }
}
