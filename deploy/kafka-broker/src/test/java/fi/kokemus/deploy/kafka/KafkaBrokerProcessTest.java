package fi.kokemus.deploy.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starts the broker as its own process, the way the local runner does, and checks data outlives a restart. */
class KafkaBrokerProcessTest {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    private final int port = freePort();
    private final int controllerPort = freePort();
    private Process broker;

    @AfterEach
    void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.destroyForcibly().waitFor();
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void keepsAcknowledgedRecordsAcrossARestartAndAutoCreatesTopics() throws Exception {
        String topic = "probe." + UUID.randomUUID();
        broker = start();
        try (var producer = new KafkaProducer<String, String>(producerConfig())) {
            producer.send(new ProducerRecord<>(topic, "key-1", "kept across restart")).get(30, TimeUnit.SECONDS);
        }
        assertThat(readAll(topic)).containsExactly("kept across restart");

        broker.destroy();
        assertThat(broker.waitFor(60, TimeUnit.SECONDS)).as("broker stops on SIGTERM").isTrue();
        broker = start();

        assertThat(readAll(topic)).containsExactly("kept across restart");
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KafkaBrokerMain.class.getName(), "--data-dir", dataDir.toString(),
                "--port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort))
                .redirectErrorStream(true)
                .start();
        awaitReadyLine(process).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        return process;
    }

    /** Completes when the ready line appears; keeps draining output so the child never blocks on a full pipe. */
    private static CompletableFuture<Void> awaitReadyLine(Process process) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (var lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[broker] " + line);
                    if (line.startsWith(KafkaBrokerMain.READY)) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("broker exited before it was ready"));
            } catch (IOException e) {
                ready.completeExceptionally(new UncheckedIOException(e));
            }
        }, "broker-output");
        reader.setDaemon(true);
        reader.start();
        return ready;
    }

    private List<String> readAll(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
