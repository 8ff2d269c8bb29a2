package fi.kokemus.deploy.local;

import fi.kokemus.deploy.demodata.MemberBatch;
import fi.kokemus.deploy.demodata.MemberJson;
import fi.kokemus.deploy.demodata.SyntheticExperts;
import fi.kokemus.deploy.demodata.SyntheticMember;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Puts synthetic members into the registry through the gateway's NGO batch API, as their NGOs' systems would.
 * The synthetic NGOs have no accounts of their own, so an admin, who may sync any organisation, sends them.
 * Members already there are left alone: the sync is an upsert, and a dry run of the last member tells whether an
 * earlier start loaded them all.
 */
final class DemoMembers {

    /** The registry answers at most this many records at once. */
    static final int MAX_BATCH = 1000;
    /** Every start generates the same members, so a second one finds them in place. */
    static final long SEED = 20_261_123L;

    static final String ADMIN = "admin";

    private final URI gateway;
    private final Supplier<String> adminToken;
    private final HttpClient http;

    DemoMembers(URI gateway, Supplier<String> adminToken, HttpClient http) {
        this.gateway = gateway;
        this.adminToken = adminToken;
        this.http = http;
    }

    /** Sends through the system's gateway with a fresh token of the demo admin for each request. */
    static DemoMembers of(LocalSystem system) {
        KeycloakTokens tokens = new KeycloakTokens(URI.create(system.keycloakUrl()));
        return new DemoMembers(URI.create(system.gatewayUrl()), () -> tokens.userToken(ADMIN),
                HttpClient.newHttpClient());
    }

    /** What a load did: nothing because the members were there, or how many records had each outcome that occurred. */
    sealed interface Result {

        record AlreadyLoaded() implements Result {
        }

        record Loaded(Map<String, Integer> outcomes) implements Result {
        }
    }

    /** Loads {@code count} members generated from {@link #SEED} and says on standard output how it went. */
    void loadReporting(int count) {
        Progress.say("loading " + count + " synthetic demo members through the gateway's NGO batch API...");
        long started = System.nanoTime();
        try {
            Result result = load(new SyntheticExperts(SEED).members(count).toList());
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            Progress.say(result instanceof Result.Loaded loaded
                    ? "demo members loaded after " + seconds + " s: " + loaded.outcomes()
                    : "demo members were already loaded by an earlier start");
        } catch (RuntimeException failure) {
            Progress.say("demo members not loaded: " + failure.getMessage());
        }
    }

    Result load(List<SyntheticMember> members) {
        List<MemberBatch> batches = MemberBatch.of(members, MAX_BATCH);
        if (batches.isEmpty() || !isNew(lastOf(lastOf(batches).members()))) {
            return new Result.AlreadyLoaded();
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (MemberBatch batch : batches) {
            MemberJson.mapper().readTree(post(batch, false)).path("counts").properties().stream()
                    .filter(count -> count.getValue().asInt() > 0)
                    .forEach(count -> outcomes.merge(count.getKey(), count.getValue().asInt(), Integer::sum));
        }
        return new Result.Loaded(outcomes);
    }

    private static <T> T lastOf(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** A dry run: would the registry create this member? */
    private boolean isNew(SyntheticMember member) {
        String answer = post(new MemberBatch(member.organisationId(), List.of(member)), true);
        return MemberJson.mapper().readTree(answer).path("results").path(0).path("outcome").asString().equals("CREATED");
    }

    /** The body of the registry's answer to one organisation's batch in upsert mode. */
    private String post(MemberBatch batch, boolean dryRun) {
        String organisation = batch.organisationId();
        URI uri = gateway.resolve("/api/registry/organisations/" + URLEncoder.encode(organisation, StandardCharsets.UTF_8)
                + "/member-batches?mode=UPSERT&dryRun=" + dryRun);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + adminToken.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.requestBody()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the registry answered " + response.statusCode() + " for "
                        + organisation + "'s members: " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("the gateway could not be reached at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading demo members", e);
        }
    }
}
