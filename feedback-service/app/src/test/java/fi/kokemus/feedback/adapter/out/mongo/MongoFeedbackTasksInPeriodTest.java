package fi.kokemus.feedback.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Feedback tasks of a county whose session falls on the period's Finnish days. */
class MongoFeedbackTasksInPeriodTest {

    private final MongoClient client = MongoClients.create(InMemoryMongo.connectionString());
    private final MongoDatabase database = client.getDatabase("feedback-in-period-" + UUID.randomUUID());
    private final MongoFeedbackTaskRepository tasks = new MongoFeedbackTaskRepository(database,
            new EventWriter("feedback-service", JsonMapper.builder().build(), Clock.systemUTC()));
    private final MongoFeedbackTasksInPeriod inPeriod = new MongoFeedbackTasksInPeriod(database);

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void takesTheSessionsOfThePeriodsFinnishDays() {
        store("a-1", "2025-12-31T21:59:59Z");
        store("a-2", "2025-12-31T22:00:00Z");
        store("a-3", "2026-01-31T21:59:59Z");
        store("a-4", "2026-01-31T22:00:00Z");

        assertThat(inPeriod.findInCounty(SampleWork.COUNTY,
                new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))))
                .extracting(task -> task.work().assignmentId())
                .containsExactly("a-2", "a-3");
        assertThat(inPeriod.findInCounty("ita-uusimaa",
                new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")))).isEmpty();
    }

    private void store(String assignmentId, String startsAt) {
        SessionWork work = SampleWork.lecture("order-" + assignmentId, assignmentId).movedTo(Instant.parse(startsAt));
        FeedbackTask task = FeedbackTask.confirmed(work, Instant.parse(startsAt), Duration.ofDays(14),
                SampleWork.linkKeys()::issue).task();
        tasks.addIfAbsent(task, Optional.empty());
    }
}
