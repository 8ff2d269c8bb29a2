package fi.kokemus.ordering.adapter.out.mongo;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.paused;
import static fi.kokemus.ordering.OrderingFixtures.contract;
import static fi.kokemus.ordering.OrderingFixtures.unavailable;
import static fi.kokemus.ordering.OrderingFixtures.withContracts;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoExpertDirectoryTest {

    private static final Instant LATER = NOW.plusSeconds(60);
    private static MongoClient client;
    private static MongoCollection<Document> collection;
    private static MongoExpertDirectory directory;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        MongoDatabase database = client.getDatabase("ordering-experts-test");
        database.drop();
        collection = database.getCollection(MongoExpertDirectory.COLLECTION);
        directory = new MongoExpertDirectory(database);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void aRecordedProfileReadsBackWithItsEventTime() {
        Expert expert = unavailable(withContracts(newExpert(), List.of(contract("ita-uusimaa"))),
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-03"));

        directory.record(expert, NOW);

        assertThat(directory.find(expert.expertId())).contains(expert);
        assertThat(stored(expert).getDate("eventTime").toInstant()).isEqualTo(NOW);
    }

    @Test
    void anExpertWithoutAUserAccountReadsBackWithout() {
        Expert expert = OrderingFixtures.withoutAccount(newExpert());

        directory.record(expert, NOW);

        assertThat(directory.find(expert.expertId())).contains(expert);
    }

    @Test
    void aNewerProfileReplacesTheOlderOne() {
        Expert expert = newExpert();
        directory.record(expert, NOW);

        directory.record(paused(expert), LATER);

        assertThat(directory.find(expert.expertId())).contains(paused(expert));
    }

    @Test
    void anOlderProfileArrivingLateChangesNothing() {
        Expert expert = newExpert();
        directory.record(paused(expert), LATER);
        Document before = stored(expert);

        directory.record(expert, NOW);

        assertThat(stored(expert)).isEqualTo(before);
    }

    @Test
    void aRedeliveredProfileChangesNothing() {
        Expert expert = newExpert();
        directory.record(expert, NOW);
        Document before = stored(expert);

        directory.record(expert, NOW);

        assertThat(stored(expert)).isEqualTo(before);
        assertThat(collection.countDocuments(new Document("_id", expert.expertId()))).isEqualTo(1);
    }

    @Test
    void anErasedExpertIsGoneAndAnOlderProfileCannotBringThemBack() {
        Expert expert = newExpert();
        directory.record(expert, NOW);

        directory.erase(expert.expertId(), LATER);
        directory.record(expert, NOW);

        assertThat(directory.find(expert.expertId())).isEmpty();
        assertThat(stored(expert).keySet()).containsExactlyInAnyOrder("_id", "erased", "eventTime");
    }

    @Test
    void anErasureOlderThanTheProfileChangesNothing() {
        Expert expert = newExpert();
        directory.record(expert, LATER);

        directory.erase(expert.expertId(), NOW);

        assertThat(directory.find(expert.expertId())).contains(expert);
    }

    @Test
    void theSearchFindsActiveExpertsContractedWithTheCountyForTheRoleTaskAndLanguage() {
        String task = "TASK_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Expert wanted = withTask(newExpert(), task);
        Expert inactive = paused(withTask(newExpert(), task));
        Expert otherCounty = withContracts(withTask(newExpert(), task), List.of(contract("ita-uusimaa")));
        List.of(wanted, inactive, otherCounty, newExpert()).forEach(expert -> directory.record(expert, NOW));

        assertThat(directory.search(SOITE, "EXPERT_BY_EXPERIENCE", task, "fi", null)).containsExactly(wanted);
        assertThat(directory.search(SOITE, "EXPERT_BY_EXPERIENCE", task, "fi", "MENTAL_HEALTH")).containsExactly(wanted);
        assertThat(directory.search(SOITE, "EXPERT_BY_EXPERIENCE", task, "fi", "CHILD_PROTECTION")).isEmpty();
        assertThat(directory.search(SOITE, "PEER_SUPPORTER", task, "fi", null)).isEmpty();
        assertThat(directory.search(SOITE, "EXPERT_BY_EXPERIENCE", task, "en", null)).isEmpty();
    }

    private static Expert withTask(Expert expert, String task) {
        return new Expert(expert.expertId(), expert.username(), expert.displayName(), expert.homeCounty(),
                expert.roles(), expert.topics(), expert.languages(), Set.of(task), expert.active(),
                expert.unavailable(), expert.contracts());
    }

    private static Expert newExpert() {
        return new Expert("expert-" + UUID.randomUUID(), "aino.t." + UUID.randomUUID(), "Aino T.", SOITE,
                AINO.roles(), AINO.topics(), AINO.languages(), AINO.taskTypes(), true, null, List.of(contract(SOITE)));
    }

    private static Document stored(Expert expert) {
        return collection.find(new Document("_id", expert.expertId())).first();
    }
}
