package fi.kokemus.deploy.mongo;

import java.util.concurrent.CountDownLatch;

/** Runs the file-backed MongoDB wire-protocol server in the foreground until the process is stopped. */
public final class MongoServerMain {

    /** Printed once the server accepts clients; the local runner waits for it. */
    public static final String READY = "mongo-server ready";

    private MongoServerMain() {
    }

    public static void main(String[] args) throws Exception {
        MongoServerOptions options = parseOrExit(args);
        FileBackedMongoServer server = FileBackedMongoServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mongo-server-shutdown"));
        System.out.printf("%s: %s data-dir=%s%n", READY, server.connectionString(), options.dataDir());
        stopped.await();
    }

    private static MongoServerOptions parseOrExit(String[] args) {
        try {
            return MongoServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e;
        }
    }
}
