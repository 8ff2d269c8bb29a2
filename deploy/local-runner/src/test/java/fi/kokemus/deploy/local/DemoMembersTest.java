package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.kokemus.deploy.demodata.MemberJson;
import fi.kokemus.deploy.demodata.MemberBatch;
import fi.kokemus.deploy.demodata.SyntheticExperts;
import fi.kokemus.deploy.demodata.SyntheticMember;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Against a fake registry batch API that upserts by (organisation, external id) like the real one. */
class DemoMembersTest {

    private static final String TOKEN = "admin-token";

    private final FakeRegistry registry = new FakeRegistry();
    private HttpServer server;
    private DemoMembers demoMembers;

    @BeforeEach
    void startFakeGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/registry/organisations/", registry::handle);
        server.start();
        demoMembers = new DemoMembers(URI.create("http://localhost:" + server.getAddress().getPort()), () -> TOKEN,
                HttpClient.newHttpClient());
    }

    @AfterEach
    void stopFakeGateway() {
        server.stop(0);
    }

    @Test
    void everyMemberIsSentByItsOrganisationWithTheAdminToken() {
        List<SyntheticMember> members = new SyntheticExperts(DemoMembers.SEED).members(120).toList();

        DemoMembers.Result result = demoMembers.load(members);

        assertThat(result).isEqualTo(new DemoMembers.Result.Loaded(Map.of("CREATED", 120)));
        assertThat(registry.stored).hasSize(120)
                .containsAll(members.stream().map(member -> member.organisationId() + "/" + member.externalId()).toList());
        assertThat(registry.tokens).containsOnly("Bearer " + TOKEN);
        assertThat(registry.records).allSatisfy(record -> {
            assertThat(record.path("externalId").isString()).isTrue();
            assertThat(record.path("firstName").isString()).isTrue();
            assertThat(record.path("consents").isArray()).isTrue();
            assertThat(record.has("member")).isFalse();
        });
        assertThat(registry.organisationsSent).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(members.stream().map(SyntheticMember::organisationId)
                        .distinct().toList());
    }

    @Test
    void aSecondStartFindsTheMembersInPlaceAndSendsNothingMore() {
        List<SyntheticMember> members = new SyntheticExperts(DemoMembers.SEED).members(50).toList();
        demoMembers.load(members);
        int batchesSent = registry.organisationsSent.size();

        DemoMembers.Result again = demoMembers.load(members);

        assertThat(again).isInstanceOf(DemoMembers.Result.AlreadyLoaded.class);
        assertThat(registry.organisationsSent).hasSize(batchesSent);
        assertThat(registry.stored).hasSize(50);
    }

    @Test
    void moreMembersThanLoadedBeforeAreAdded() {
        demoMembers.load(new SyntheticExperts(DemoMembers.SEED).members(30).toList());

        DemoMembers.Result result = demoMembers.load(new SyntheticExperts(DemoMembers.SEED).members(60).toList());

        assertThat(result).isEqualTo(new DemoMembers.Result.Loaded(Map.of("CREATED", 30, "UNCHANGED", 30)));
        assertThat(registry.stored).hasSize(60);
    }

    @Test
    void eachRequestHoldsOneOrganisationAndNoMoreThanTheRegistryAnswersAtOnce() {
        List<SyntheticMember> members = new SyntheticExperts(DemoMembers.SEED).members(2500).toList();
        SyntheticMember first = members.get(0);
        List<SyntheticMember> oneOrganisation = members.stream()
                .map(member -> new SyntheticMember(first.organisationId(), member.externalId() + "-" + member.organisationId(),
                        member.member()))
                .toList();

        List<List<SyntheticMember>> batches = MemberBatch.of(oneOrganisation, DemoMembers.MAX_BATCH).stream()
                .map(MemberBatch::members).toList();

        assertThat(batches).extracting(List::size).containsExactly(1000, 1000, 500);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(oneOrganisation);
    }

    @Test
    void aRefusalIsReportedWithTheRegistrysAnswer() {
        registry.refuse = true;

        assertThatThrownBy(() -> demoMembers.load(new SyntheticExperts(DemoMembers.SEED).members(5).toList()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("403").hasMessageContaining("other-organisation");
    }

    /** Answers like the registry's batch endpoint: an outcome per record and counts per outcome. */
    private static final class FakeRegistry {

        final Set<String> stored = new HashSet<>();
        final List<String> tokens = new ArrayList<>();
        final List<String> organisationsSent = new ArrayList<>();
        final List<JsonNode> records = new ArrayList<>();
        boolean refuse;

        synchronized void handle(HttpExchange exchange) throws IOException {
            String organisation = exchange.getRequestURI().getPath().split("/")[4];
            boolean dryRun = exchange.getRequestURI().getQuery().contains("dryRun=true");
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            JsonNode batch = MemberJson.mapper().readTree(exchange.getRequestBody().readAllBytes());
            if (refuse) {
                answer(exchange, 403, "{\"code\":\"other-organisation\"}");
                return;
            }
            if (!dryRun) {
                organisationsSent.add(organisation);
            }
            List<String> outcomes = new ArrayList<>();
            for (JsonNode record : batch.path("members")) {
                records.add(record);
                String key = organisation + "/" + record.path("externalId").asString();
                outcomes.add(stored.contains(key) ? "UNCHANGED" : "CREATED");
                if (!dryRun) {
                    stored.add(key);
                }
            }
            answer(exchange, 200, answerBody(outcomes));
        }

        private static String answerBody(List<String> outcomes) {
            var body = MemberJson.mapper().createObjectNode();
            var counts = body.putObject("counts");
            List.of("CREATED", "UPDATED", "UNCHANGED", "ERASED", "DEACTIVATED", "FAILED")
                    .forEach(outcome -> counts.put(outcome, 0));
            outcomes.forEach(outcome -> counts.put(outcome, counts.path(outcome).asInt() + 1));
            var results = body.putArray("results");
            outcomes.forEach(outcome -> results.addObject().put("outcome", outcome));
            return body.toString();
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
