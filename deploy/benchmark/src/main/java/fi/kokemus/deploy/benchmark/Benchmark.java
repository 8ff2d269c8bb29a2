package fi.kokemus.deploy.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import fi.kokemus.deploy.demodata.SyntheticExperts;
import fi.kokemus.deploy.local.KeycloakTokens;
import fi.kokemus.deploy.local.LocalSystem;
import fi.kokemus.deploy.local.LocalSystemConfig;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * Starts the whole system on shifted ports, loads synthetic NGO members and prints sync and search figures
 * through the registry service and the gateway next to the raw driver doing the same work, plus the
 * system's resident memory after each phase; the table so far is printed after every phase, so an interrupted
 * run still shows what it measured. Run it with {@code deploy/benchmark.sh [--small]}.
 */
public final class Benchmark {

    /** Shifted ports, so the benchmark can run next to a local system and the system test. */
    static final int PORT_OFFSET = 400;
    static final long SEED = 20_240_601L;
    static final String REGISTRY_DATABASE = "registry";
    static final String SCRATCH_DATABASE = "benchmark-scratch";
    /**
     * The wire server copies every document an aggregation stage passes on: a search over 25 000 of 100 000
     * profiles ran out of the local run's 1 GB heap. Full JIT too, as a database server would have.
     */
    static final List<String> WIRE_SERVER_JVM_OPTIONS = List.of("-Xmx6g", "-XX:+UseParallelGC");

    private Benchmark() {
    }

    public static void main(String[] arguments) throws IOException {
        BenchmarkSize size = BenchmarkSize.fromArguments(arguments);
        Path projectRoot = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory("kokemus-benchmark");
        Path logs = projectRoot.resolve("deploy/benchmark/target/logs");
        ResultTable table = new ResultTable();
        LocalSystemConfig config = LocalSystemConfig.defaults(projectRoot, dataDir).withPortOffset(PORT_OFFSET)
                .withMongoJvmOptions(WIRE_SERVER_JVM_OPTIONS);
        try (LocalSystem system = LocalSystem.start(config);
                MongoClient mongo = MongoClients.create(system.mongoUri())) {
            run(size, system, mongo, table);
        } finally {
            // The processes' logs explain a failed row; the data is thrown away.
            keepLogs(config.logDir(), logs);
            deleteRecursively(dataDir);
        }
        String markdown = "Benchmark run `" + size.name() + "`\n\n" + table.markdown();
        Path results = projectRoot.resolve("deploy/benchmark/target/benchmark-results.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, markdown);
        System.out.println();
        System.out.print(table.plainText());
        System.out.println("\nAlso written to " + results + "; the processes' logs are in " + logs);
    }

    private static void run(BenchmarkSize size, LocalSystem system, MongoClient mongo, ResultTable table) {
        HttpClient http = HttpClient.newHttpClient();
        KeycloakTokens keycloak = new KeycloakTokens(URI.create(system.keycloakUrl()));
        RegistryClient service = new RegistryClient("http://localhost:" + system.config().ports().registry(), http);
        RegistryClient gateway = new RegistryClient(system.gatewayUrl(), http);
        CachedToken admin = new CachedToken(() -> keycloak.userToken("admin"));
        CachedToken searcher = new CachedToken(() -> keycloak.userToken(SearchPhase.SEARCHER));
        MongoCollection<Document> experts = mongo.getDatabase(REGISTRY_DATABASE).getCollection("experts");

        System.out.println("[benchmark] generating " + size.syncedMembers() + " synthetic members");
        MemberLoader loader = new MemberLoader(new SyntheticExperts(SEED).members(size.syncedMembers()).toList(),
                admin);
        table.memory("started", system.residentMemoryBytes());

        System.out.println("[benchmark] sync of " + size.syncedMembers() + " members");
        new SyncPhase(loader, new RawBulkWrite(mongo.getDatabase(SCRATCH_DATABASE).getCollection("members")),
                service, gateway).run(size.syncedMembers(), table);
        table.memory("after sync", system.residentMemoryBytes());
        System.out.print(table.plainText());

        SearchPhase search = new SearchPhase(new RawSearch(experts, SearchPhase.SEARCHER_COUNTY), service, gateway,
                searcher, size.threads());
        ExpertCopies copies = new ExpertCopies(experts);
        for (SearchLoad load : size.searches()) {
            String phase = load.phase();
            System.out.println("[benchmark] loading up to " + load.profiles() + " profiles, then " + phase);
            boolean loaded = Attempt.of(table, phase, "loading", "driver copies", () -> {
                int copied = copies.fillUpTo(load.profiles());
                System.out.println("[benchmark] " + copied + " profiles copied by the driver");
                return copied;
            }).isPresent();
            if (loaded) {
                search.run(load, table);
            }
            table.memory("after " + phase, system.residentMemoryBytes());
            System.out.print(table.plainText());
        }
    }

    private static void keepLogs(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> logFiles = Files.list(from)) {
            for (Path log : logFiles.toList()) {
                Files.copy(log, to.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
