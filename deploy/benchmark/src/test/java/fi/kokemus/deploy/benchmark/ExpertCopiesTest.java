package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import fi.kokemus.platform.test.InMemoryMongo;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ExpertCopiesTest {

    @Test
    void copiesStoredExpertsUnderNewIdsWithoutAccountsOrPendingEvents() {
        try (MongoClient client = MongoClients.create(InMemoryMongo.connectionString())) {
            MongoCollection<Document> experts = client.getDatabase("expert-copies-test").getCollection("experts");
            experts.insertMany(List.of(
                    expert("6f1c1c9e-0000-4000-8000-000000000001", "m-1", "aino.testinen"),
                    expert("6f1c1c9e-0000-4000-8000-000000000002", "m-2", "bertta.testinen")));

            int copied = new ExpertCopies(experts).fillUpTo(5);

            List<Document> all = experts.find().into(new ArrayList<>());
            assertThat(copied).isEqualTo(3);
            assertThat(all).hasSize(5);
            assertThat(all).extracting(document -> document.getString("_id")).doesNotHaveDuplicates();
            assertThat(all.subList(2, 5)).allSatisfy(copy -> {
                assertThat(copy.getString("_id"))
                        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
                assertThat(copy).doesNotContainKeys("username", "outbox", "pendingOutbox");
                assertThat(copy.getList("topics", String.class)).containsExactly("MENTAL_HEALTH");
            });
            assertThat(new ExpertCopies(experts).fillUpTo(5)).isZero();
        }
    }

    private static Document expert(String id, String externalId, String username) {
        return new Document("_id", id).append("organisationId", "ngo-keski").append("externalId", externalId)
                .append("username", username).append("topics", List.of("MENTAL_HEALTH"))
                .append("outbox", List.of(new Document("type", "registry.expert-registered")))
                .append("pendingOutbox", id);
    }
}
