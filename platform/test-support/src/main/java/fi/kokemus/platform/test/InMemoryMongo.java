package fi.kokemus.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One MongoDB wire-protocol server per test JVM (mongo-java-server, in memory), shared by all
 * test classes; tests isolate themselves by database name or by their own ids.
 */
public final class InMemoryMongo {

    private static MongoServer server;
    private static String connectionString;

    private InMemoryMongo() {
    }

    public static synchronized String connectionString() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            connectionString = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return connectionString;
    }

    /** Points a Spring test's application at the wire server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mongodb.uri=" + connectionString()).applyTo(context);
        }
    }
}
