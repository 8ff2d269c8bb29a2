package fi.kokemus.deploy.mongo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

/** A MongoDB wire-protocol server whose databases live in one H2 MVStore file inside the data directory. */
final class FileBackedMongoServer implements AutoCloseable {

    static final String STORE_FILE = "mongo.mv.db";
    /**
     * A query reads the store as it was when it started, while every write commits a new version. The store
     * may reuse a chunk once it has been unused this long (H2's default is 45 s), and a query still reading
     * it then fails with "Chunk … not found": a scan of 100 000 documents next to writes took that long.
     */
    static final Duration RETENTION_OF_OLD_CHUNKS = Duration.ofMinutes(10);

    private final MongoServer server;
    private final InetSocketAddress address;

    private FileBackedMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    static FileBackedMongoServer start(MongoServerOptions options) throws IOException {
        Files.createDirectories(options.dataDir());
        Path file = options.dataDir().resolve(STORE_FILE);
        if (Files.exists(file)) {
            // Committing every write leaves chunks that are mostly dead pages; rewriting the file on start
            // brings it back to about the size of the live data (a 190 MB file became 15 MB in 0.7 s).
            MVStoreTool.compact(file.toString(), false);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setRetentionTime((int) RETENTION_OF_OLD_CHUNKS.toMillis());
        MongoServer server = new MongoServer(new CommitPerCommandH2Backend(store));
        // Change streams need the oplog; it is kept in the same file as the data.
        server.enableOplog();
        server.bind(options.host(), options.port());
        return new FileBackedMongoServer(server, server.getLocalAddress());
    }

    String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Stops listening and closes the store, which writes any last changes to the file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
