package fi.kokemus.ordering.adapter.out.mongo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.notification.OrderFacts;
import fi.kokemus.ordering.notification.SentNotifications.Delivery;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoNotificationStoresTest {

    private static final Instant FIRST = Instant.parse("2027-01-14T08:00:00Z");
    private static MongoClient client;

    private final MongoDatabase database = client.getDatabase("notifications-" + UUID.randomUUID());

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void anOrderIsKeptAsFirstPlacedAndFollowsItsMovedSessions() {
        var orders = new MongoOrderFacts(database);
        var placed = new OrderFacts("ord-1", "ita-uusimaa", "orderer.itu", "CLIENT_SUPPORT", true,
                List.of(new SessionTime("s-1", FIRST, 60), new SessionTime("s-2", FIRST.plusSeconds(86_400), 60)));
        orders.add(placed);
        orders.add(new OrderFacts("ord-1", "elsewhere", "someone", "OTHER", false, List.of()));

        assertThat(orders.find("ord-1")).contains(placed);

        orders.reschedule("ord-1", "s-2", FIRST.plusSeconds(2 * 86_400), 90);

        assertThat(orders.find("ord-1").orElseThrow().sessions()).containsExactly(new SessionTime("s-1", FIRST, 60),
                new SessionTime("s-2", FIRST.plusSeconds(2 * 86_400), 90));
        assertThat(orders.find("ord-2")).isEmpty();
    }

    @Test
    void aDeliveryIsRecordedOnceWithItsOutcome() {
        var sent = new MongoSentNotifications(database);

        sent.record("e1/user:expert.itu→expert.itu@example.org", Delivery.SENT, FIRST);
        sent.record("e1/user:expert.itu→expert.itu@example.org", Delivery.NO_ADDRESS, FIRST.plusSeconds(5));

        assertThat(sent.contains("e1/user:expert.itu→expert.itu@example.org")).isTrue();
        assertThat(sent.contains("e2/user:expert.itu→expert.itu@example.org")).isFalse();
        assertThat(database.getCollection(MongoSentNotifications.COLLECTION).find().first())
                .containsEntry("delivery", "SENT");
    }

    @Test
    void aNewFeedTokenReplacesTheExpertsOldOneAndOnlyItsHashIsStored() {
        var tokens = new MongoCalendarFeedTokens(database);

        tokens.replace("expert.itu", "hash-1");
        tokens.replace("expert.soite", "hash-2");
        tokens.replace("expert.itu", "hash-3");

        assertThat(tokens.expertOf("hash-1")).isEmpty();
        assertThat(tokens.expertOf("hash-3")).contains("expert.itu");
        assertThat(tokens.expertOf("hash-2")).contains("expert.soite");
        assertThat(database.getCollection(MongoCalendarFeedTokens.COLLECTION).find(new Document("_id", "expert.itu"))
                .first()).isEqualTo(new Document("_id", "expert.itu").append("tokenHash", "hash-3"));
    }
}
