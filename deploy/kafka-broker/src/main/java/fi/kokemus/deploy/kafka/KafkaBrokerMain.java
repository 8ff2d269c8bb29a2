package fi.kokemus.deploy.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * Runs a single-node KRaft Kafka (broker and controller in one process) in the foreground until the
 * process is stopped. Data in {@code --data-dir} survives restarts.
 */
public final class KafkaBrokerMain {

    /** Printed once the broker accepts clients; the local runner and tests wait for it. */
    public static final String READY = "kafka-broker ready";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        BrokerOptions options = parseOrExit(args);
        KafkaConfig config = KafkaConfig.fromProps(SingleNodeKraftConfig.of(options));
        String clusterId = KraftStorage.formatIfNew(options, config);

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "kafka-broker-shutdown"));
        server.startup();
        System.out.printf("%s: bootstrap.servers=%s cluster.id=%s data-dir=%s%n",
                READY, options.bootstrapServers(), clusterId, options.dataDir());
        server.awaitShutdown();
    }

    private static BrokerOptions parseOrExit(String[] args) {
        try {
            return BrokerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e;
        }
    }
}
