package fi.kokemus.deploy.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/** Formats the data directory once; later starts reuse the cluster id kept in {@code meta.properties}. */
final class KraftStorage {

    private static final String META_PROPERTIES = "meta.properties";

    private KraftStorage() {
    }

    /** @return the cluster id of the (possibly just formatted) data directory */
    static String formatIfNew(BrokerOptions options, KafkaConfig config) throws Exception {
        Path meta = options.dataDir().resolve(META_PROPERTIES);
        if (Files.exists(meta)) {
            return clusterIdIn(meta);
        }
        Files.createDirectories(options.dataDir());
        String clusterId = Uuid.randomUuid().toString();
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(SingleNodeKraftConfig.NODE_ID)
                .setClusterId(clusterId)
                .setControllerListenerName(SingleNodeKraftConfig.CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .addDirectory(options.dataDir().toString())
                .run();
        return clusterId;
    }

    private static String clusterIdIn(Path meta) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        }
        return properties.getProperty("cluster.id");
    }
}
