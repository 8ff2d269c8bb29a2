package fi.kokemus.platform.health;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by {@code ping}, which every wire-protocol server answers. Boot's own indicator
 * sends {@code hello}, which the MongoDB wire server used locally does not know, so a healthy
 * service would report DOWN there.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
