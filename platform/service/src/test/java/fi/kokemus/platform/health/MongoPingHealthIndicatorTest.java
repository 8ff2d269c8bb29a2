package fi.kokemus.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class MongoPingHealthIndicatorTest {

    @Test
    void isUpAgainstTheWireServer() {
        var server = new MongoServer(new MemoryBackend());
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var health = new MongoPingHealthIndicator(client.getDatabase("health-test")).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("database", "health-test");
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void isDownWhenNoServerAnswers() {
        var settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:1"))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .build();
        try (var client = MongoClients.create(settings)) {
            assertThat(new MongoPingHealthIndicator(client.getDatabase("x")).health().getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
