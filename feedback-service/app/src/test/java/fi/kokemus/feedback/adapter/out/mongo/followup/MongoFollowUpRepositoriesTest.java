package fi.kokemus.feedback.adapter.out.mongo.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.domain.followup.CountyExpert;
import fi.kokemus.feedback.domain.followup.FeeFact;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.PaymentBatch;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import fi.kokemus.feedback.domain.followup.TaskStatus;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The follow-up's Mongo adapters on the wire server: keys, period bounds, erasure. */
class MongoFollowUpRepositoriesTest {

    private static final ReportPeriod MARCH = new ReportPeriod(LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-03-31"));
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final MongoClient client = MongoClients.create(InMemoryMongo.connectionString());
    private final MongoDatabase database = client.getDatabase("followup-repositories-" + UUID.randomUUID());
    private final MongoFollowUpTaskRepository tasks = new MongoFollowUpTaskRepository(database);
    private final MongoCountyExpertRepository experts = new MongoCountyExpertRepository(database);
    private final MongoFeeFactRepository fees = new MongoFeeFactRepository(database);

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void aTaskIsStoredOnceUnderItsKeyAndFoundByCountyAndDayBothEndsIncluded() {
        FollowUpTask first = task("a-1/s-1", "2026-03-01", "keski-pohjanmaa");
        tasks.save(first);
        tasks.save(first);
        tasks.save(task("a-1/s-2", "2026-03-31", "keski-pohjanmaa"));
        tasks.save(task("a-1/s-3", "2026-04-01", "keski-pohjanmaa"));
        tasks.save(task("a-1/s-4", "2026-02-28", "keski-pohjanmaa"));
        tasks.save(task("a-2/s-1", "2026-03-15", "ita-uusimaa"));

        assertThat(tasks.findInCounty("keski-pohjanmaa", MARCH)).extracting(FollowUpTask::key)
                .containsExactly("a-1/s-1", "a-1/s-2");
        assertThat(tasks.find("a-1/s-1")).contains(first);
        assertThat(database.getCollection(MongoFollowUpTaskRepository.COLLECTION).countDocuments()).isEqualTo(5);
    }

    @Test
    void anExpertIsFoundByHomeOrContractCountyUntilErased() {
        CountyExpert aino = new CountyExpert("expert-1", "Aino T.", "ngo-keski", "ita-uusimaa",
                List.of(new CountyExpert.Contract("keski-pohjanmaa", LocalDate.parse("2026-01-01"), null)), true);
        experts.save(aino, T0);

        assertThat(experts.findConnectedWith("keski-pohjanmaa")).containsExactly(aino);
        assertThat(experts.findConnectedWith("ita-uusimaa")).containsExactly(aino);
        assertThat(experts.findAll(List.of("expert-1", "expert-unknown"))).containsExactly(aino);
        assertThat(experts.lastChange("expert-1")).contains(T0);

        Instant erasedAt = T0.plusSeconds(60);
        experts.erase("expert-1", erasedAt);

        assertThat(experts.findConnectedWith("keski-pohjanmaa")).isEmpty();
        assertThat(experts.findAll(List.of("expert-1"))).isEmpty();
        assertThat(experts.lastChange("expert-1")).contains(erasedAt);
        Document marker = database.getCollection(MongoCountyExpertRepository.COLLECTION).find().first();
        assertThat(marker.getString("_id")).matches("erased-[0-9a-f]{64}");
        assertThat(marker).containsEntry("asOf", Date.from(erasedAt)).containsEntry("erased", true)
                .doesNotContainKeys("displayName", "organisationId", "counties");
        assertThat(database.getCollection(MongoCountyExpertRepository.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void anErasedExpertsTasksAndFeeLinesKeepCountingUnderAPseudonym() {
        tasks.save(new FollowUpTask("a-1/s-1", "keski-pohjanmaa", "expert-1", "LECTURE_REGIONAL", "PROFESSIONALS",
                "ON_SITE", LocalDate.parse("2026-03-10"), TaskStatus.HELD, 20));
        fees.save(new FeeFact("fee-a-1.s-1", "keski-pohjanmaa", "expert-1", "LECTURE_REGIONAL",
                LocalDate.parse("2026-03-10"), 7500, 0, null));

        tasks.pseudonymise("expert-1", "erased-x");
        fees.pseudonymise("expert-1", "erased-x");

        assertThat(tasks.findInCounty("keski-pohjanmaa", MARCH)).extracting(FollowUpTask::expertId)
                .containsExactly("erased-x");
        assertThat(fees.linesEarnedIn("keski-pohjanmaa", MARCH)).extracting(FeeFact::expertId)
                .containsExactly("erased-x");
    }

    @Test
    void feeLinesAndBatchesAreStoredOnceAndFoundByTheirDates() {
        FeeFact line = new FeeFact("fee-a-1.s-1", "keski-pohjanmaa", "expert-1", "LECTURE_REGIONAL",
                LocalDate.parse("2026-03-31"), 7500, 1234, null);
        fees.save(line);
        fees.save(line);
        fees.save(new FeeFact("fee-a-1.s-2", "keski-pohjanmaa", "expert-1", "LECTURE_REGIONAL",
                LocalDate.parse("2026-04-01"), 7500, 0, null));
        PaymentBatch batch = new PaymentBatch("keski-pohjanmaa/2026-03", "keski-pohjanmaa", LocalDate.parse("2026-03-31"),
                1, 7500, 4234);
        fees.save(batch);
        fees.save(batch);

        assertThat(fees.linesEarnedIn("keski-pohjanmaa", MARCH)).containsExactly(line);
        assertThat(fees.linesEarnedIn("ita-uusimaa", MARCH)).isEmpty();
        assertThat(fees.batchesPaidIn("keski-pohjanmaa", MARCH)).containsExactly(batch);
    }

    private static FollowUpTask task(String key, String date, String county) {
        return new FollowUpTask(key, county, "expert-1", "LECTURE_REGIONAL", "PROFESSIONALS", "ON_SITE",
                LocalDate.parse(date), TaskStatus.HELD, 10);
    }
}
