package fi.kokemus.deploy.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the server as its own process, as the local runner does, and kills it without warning. */
class MongoServerProcessTest {

    private static final int WRITES = 50;

    @TempDir
    Path dataDir;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillRightAfterIt() throws Exception {
        String connectionString = start();
        try (MongoClient client = MongoClients.create(connectionString)) {
            var counters = client.getDatabase("probe").getCollection("counters");
            for (int i = 1; i <= WRITES; i++) {
                counters.insertOne(new Document("_id", "c-" + i).append("value", i));
            }
        }
        server.destroyForcibly().waitFor();

        try (MongoClient client = MongoClients.create(start())) {
            assertThat(client.getDatabase("probe").getCollection("counters").countDocuments()).isEqualTo(WRITES);
        }
    }

    /** @return the connection string from the ready line */
    private String start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MongoServerMain.class.getName(), "--data-dir", dataDir.toString(), "--port", "0")
                .redirectErrorStream(true)
                .start();
        return readyLine(server).get(60, TimeUnit.SECONDS).replaceFirst(".*(mongodb://\\S+).*", "$1");
    }

    private static CompletableFuture<String> readyLine(Process process) {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (var lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[mongo-server] " + line);
                    if (line.startsWith(MongoServerMain.READY)) {
                        ready.complete(line);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("server exited before it was ready"));
            } catch (IOException e) {
                ready.completeExceptionally(new UncheckedIOException(e));
            }
        }, "mongo-server-output");
        reader.setDaemon(true);
        reader.start();
        return ready;
    }
}
