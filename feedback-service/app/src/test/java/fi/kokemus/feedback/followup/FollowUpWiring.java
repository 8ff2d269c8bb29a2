package fi.kokemus.feedback.followup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.adapter.in.kafka.OrderingEventsListener;
import fi.kokemus.feedback.adapter.in.kafka.followup.FollowUpEventsListener;
import fi.kokemus.feedback.adapter.out.mongo.MongoFeedbackTaskRepository;
import fi.kokemus.feedback.adapter.out.mongo.MongoFeedbackTasksInPeriod;
import fi.kokemus.feedback.adapter.out.mongo.MongoOrderFactsRepository;
import fi.kokemus.feedback.adapter.out.mongo.followup.MongoCountyExpertRepository;
import fi.kokemus.feedback.adapter.out.mongo.followup.MongoFeeFactRepository;
import fi.kokemus.feedback.adapter.out.mongo.followup.MongoFollowUpTaskRepository;
import fi.kokemus.feedback.application.port.in.SubmissionOutcome;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.application.service.FollowOrderingService;
import fi.kokemus.feedback.application.service.SubmitFeedbackAnswerService;
import fi.kokemus.feedback.application.service.followup.FollowUpFactsService;
import fi.kokemus.feedback.application.service.followup.FollowUpReportService;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up as the service runs it, without Spring and Kafka: the real listeners, use cases and
 * Mongo adapters on the in-memory wire server, each instance on a database of its own. Events are
 * handed to the listeners as the JSON messages Kafka would deliver.
 */
final class FollowUpWiring implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Long enough that every link of a year's fixture still takes answers when the test answers. */
    private static final Duration VALIDITY = Duration.ofDays(800);

    final MutableClock clock = new MutableClock(Instant.parse("2025-12-01T08:00:00Z"));
    final MongoFeedbackTaskRepository feedbackTasks;
    final MongoFollowUpTaskRepository tasks;
    final MongoCountyExpertRepository experts;
    final MongoFeeFactRepository fees;
    final FollowUpReportService reports;
    final FollowUpEventsListener followUp;

    private final MongoClient client = MongoClients.create(InMemoryMongo.connectionString());
    private final LinkKeys links = SampleWork.linkKeys();
    private final EventWriter writer = new EventWriter("test-producer", JSON, clock);
    private final OrderingEventsListener ordering;
    private final SubmitFeedbackAnswerService answers;

    FollowUpWiring(int anonymityMinimum) {
        MongoDatabase database = client.getDatabase("followup-" + UUID.randomUUID());
        EventReader reader = new EventReader(JSON);
        feedbackTasks = new MongoFeedbackTaskRepository(database, new EventWriter("feedback-service", JSON, clock));
        tasks = new MongoFollowUpTaskRepository(database);
        experts = new MongoCountyExpertRepository(database);
        fees = new MongoFeeFactRepository(database);
        ordering = new OrderingEventsListener(reader, new FollowOrderingService(feedbackTasks,
                new MongoOrderFactsRepository(database), links, clock,
                new FollowOrderingService.Validity(VALIDITY, VALIDITY)));
        answers = new SubmitFeedbackAnswerService(feedbackTasks, anonymityMinimum, clock);
        followUp = new FollowUpEventsListener(reader, new FollowUpFactsService(tasks, experts, fees));
        reports = new FollowUpReportService(tasks, experts, fees, new MongoFeedbackTasksInPeriod(database),
                anonymityMinimum);
    }

    /** The message Kafka would carry for {@code data}, stamped with the clock's time. */
    <T> String message(EventContract<T> contract, String subject, String county, T data) {
        return writer.write(contract, subject, county, data).payload();
    }

    /** Delivers an ordering event to both consumer groups of the service, as Kafka would. */
    <T> void ordering(EventContract<T> contract, String orderId, String county, T data) {
        String message = message(contract, orderId, county, data);
        ordering.onOrderingEvent(message);
        followUp.on(message);
    }

    /** Delivers an event to the follow-up alone: registry and fee events, which only it reads. */
    <T> void toFollowUp(EventContract<T> contract, String subject, String county, T data) {
        followUp.on(message(contract, subject, county, data));
    }

    void answer(String assignmentId, String sessionId, Respondent respondent, Map<String, String> values) {
        FeedbackTask task = feedbackTasks.find(new TaskId("task-" + assignmentId + "--" + sessionId)).orElseThrow();
        String token = links.tokenOf(task.request(respondent).orElseThrow().linkId()).value();
        SubmissionOutcome outcome = answers.submit(new SubmitFeedbackAnswerCommand(token, null, values));
        if (!(outcome instanceof SubmissionOutcome.Recorded)) {
            throw new IllegalStateException("The fixture's answer was not recorded: " + outcome);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
