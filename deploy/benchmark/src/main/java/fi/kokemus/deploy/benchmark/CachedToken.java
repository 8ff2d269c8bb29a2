package fi.kokemus.deploy.benchmark;

import java.time.Duration;
import java.util.function.Supplier;

/** A bearer token fetched again well before Keycloak's 15-minute lifespan ends, so long loads keep working. */
final class CachedToken implements Supplier<String> {

    private static final Duration REUSE = Duration.ofMinutes(5);

    private final Supplier<String> fetch;
    private String token;
    private long fetchedAt;

    CachedToken(Supplier<String> fetch) {
        this.fetch = fetch;
    }

    @Override
    public synchronized String get() {
        if (token == null || System.nanoTime() - fetchedAt > REUSE.toNanos()) {
            token = fetch.get();
            fetchedAt = System.nanoTime();
        }
        return token;
    }
}
