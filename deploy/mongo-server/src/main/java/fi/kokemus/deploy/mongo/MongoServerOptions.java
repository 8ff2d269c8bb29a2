package fi.kokemus.deploy.mongo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command line of the server: {@code --data-dir DIR [--port 27017] [--host 127.0.0.1]}. */
record MongoServerOptions(Path dataDir, String host, int port) {

    private static final Set<String> KNOWN = Set.of("--data-dir", "--host", "--port");

    static MongoServerOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!KNOWN.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "usage: --data-dir DIR [--port 27017] [--host 127.0.0.1]; unexpected: " + args[i]);
            }
            values.put(args[i], args[i + 1]);
        }
        if (!values.containsKey("--data-dir")) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        return new MongoServerOptions(
                Path.of(values.get("--data-dir")).toAbsolutePath(),
                values.getOrDefault("--host", "127.0.0.1"),
                Integer.parseInt(values.getOrDefault("--port", "27017")));
    }
}
