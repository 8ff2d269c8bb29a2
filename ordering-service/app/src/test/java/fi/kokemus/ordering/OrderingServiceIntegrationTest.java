package fi.kokemus.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.Travel;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.platform.test.ServiceInfrastructure;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as it runs: the registry's event reaches the projection over a real broker, the
 * whole order process goes through HTTP, and the approval leaves via the outbox relay. Each
 * subclass says which broker and MongoDB.
 */
@SpringBootTest(properties = {
    "spring.mongodb.database=ordering-service-it",
    "kokemus.outbox.poll-interval=100ms"
})
@AutoConfigureMockMvc
@Import(OrderingServiceIntegrationTest.SettableClock.class)
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class OrderingServiceIntegrationTest {

    private static final String SOITE = "keski-pohjanmaa";
    private static final String SOITE_UNIT = "soite-mental-health-unit";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant STARTS_AT = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS);
    private static final String REPORT_JSON = """
            {"outcome": "HELD", "participants": 25, "minutesWorked": 95,
             "travel": {"ownCarKilometres": 42, "route": "Kokkola – Kannus – Kokkola", "awayMinutes": 300,
                        "farthestKilometres": 21, "freeMeals": 1,
                        "expenses": [{"description": "Parking", "cents": 600}]}}
            """;

    /** The service's clock, moved past the session before the work is reported. */
    @TestConfiguration
    static class SettableClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now());
        }
    }

    /**
     * Runs the service on the given infrastructure. The registry topic gets one partition so that
     * a later message proves an earlier one was handled.
     */
    static void runOn(ServiceInfrastructure infrastructure, DynamicPropertyRegistry registry) {
        infrastructure.createTopic(RegistryEvents.TOPIC, 1);
        infrastructure.registerProperties(registry);
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private ExpertDirectory experts;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private JsonMapper json;
    @Autowired
    private EventReader reader;
    @Autowired
    private MutableClock clock;

    @Test
    void anOrderTakesTheCoordinatedRouteAndItsApprovedWorkIsPublishedOnce() throws Exception {
        String expertId = "expert-" + UUID.randomUUID();
        String username = "aino.t." + UUID.randomUUID().toString().substring(0, 8);
        publish(registryEvent(RegistryEvents.EXPERT_REGISTERED, expertId, profile(expertId, username, "Aino T."), Instant.now()));
        await().atMost(PATIENCE).until(() -> experts.find(expertId).isPresent());
        RequestPostProcessor expert = TestActors.as(username, Role.EXPERT, SOITE, "ngo-keski");

        JsonNode placed = body(mvc.perform(post("/api/ordering/orders").with(orderer())
                        .contentType(MediaType.APPLICATION_JSON).content(orderJson()))
                .andExpect(status().isCreated()));
        String orderId = placed.get("id").asString();
        String sessionId = placed.get("sessions").get(0).get("sessionId").asString();
        String order = "/api/ordering/orders/" + orderId;
        mvc.perform(post(order + "/proposals").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"expertIds\": [\"" + expertId + "\"]}")).andExpect(status().isOk());
        String assignmentId = body(mvc.perform(post(order + "/choice").with(orderer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expertId\": \"" + expertId + "\"}"))
                .andExpect(status().isOk())).get("assignments").get(0).get("assignmentId").asString();
        String assignment = order + "/assignments/" + assignmentId;
        mvc.perform(post(assignment + "/accept").with(expert)).andExpect(status().isOk());
        clock.set(STARTS_AT.plus(Duration.ofHours(2)));
        mvc.perform(post(assignment + "/sessions/" + sessionId + "/report").with(expert)
                .contentType(MediaType.APPLICATION_JSON).content(REPORT_JSON)).andExpect(status().isOk());
        mvc.perform(post(assignment + "/sessions/" + sessionId + "/approve").with(orderer())).andExpect(status().isOk());

        List<EventEnvelope<JsonNode>> events = eventsOf(orderId);

        assertThat(events).extracting(EventEnvelope::type).containsExactly("ordering.order-placed",
                "ordering.candidates-proposed", "ordering.candidate-chosen", "ordering.expert-offered",
                "ordering.assignment-accepted", "ordering.order-confirmed", "ordering.work-reported",
                "ordering.session-held", "ordering.work-approved");
        EventEnvelope<JsonNode> approved = events.get(8);
        assertThat(approved.source()).isEqualTo("ordering-service");
        assertThat(approved.subject()).isEqualTo(orderId);
        assertThat(approved.county()).isEqualTo(SOITE);
        WorkApproved work = reader.data(approved, OrderingEvents.WORK_APPROVED);
        assertThat(work).isEqualTo(new WorkApproved(orderId, assignmentId, expertId, username, SOITE, SOITE_UNIT,
                "CC-4100", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", "PROFESSIONALS", "REGIONAL", false, sessionId,
                STARTS_AT, "HELD", 25, 1, 95, false, null,
                new Travel(42, "Kokkola – Kannus – Kokkola", 0, 0, 300, 21, 1, List.of(new Travel.Expense("Parking", 600))),
                "orderer.soite", STARTS_AT.plus(Duration.ofHours(2))));
    }

    @Test
    void aRedeliveredOrOlderRegistryEventChangesNothing() {
        String expertId = "expert-" + UUID.randomUUID();
        Instant registeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String registered = registryEvent(RegistryEvents.EXPERT_REGISTERED, expertId,
                profile(expertId, "olli.t", "Olli T."), registeredAt);
        publish(registered);
        publish(registryEvent(RegistryEvents.PUBLIC_PROFILE_CHANGED, expertId,
                profile(expertId, "olli.t", "Olli Testinen"), registeredAt.plusSeconds(5)));
        await().atMost(PATIENCE).until(() -> experts.find(expertId).map(Expert::displayName).orElse("").equals("Olli Testinen"));
        Document before = storedExpert(expertId);

        publish(registered);
        publish(registered);
        handledAfterwards();

        assertThat(storedExpert(expertId)).isEqualTo(before);
    }

    @Test
    void aMalformedRegistryMessageIsParkedAndConsumingGoesOn() {
        String poison = "{\"this is\": \"not an event " + UUID.randomUUID() + "\"}";
        try (Consumer<String, String> deadLetters = consumer(EventContract.deadLetterTopicOf(RegistryEvents.TOPIC))) {
            kafka.send(RegistryEvents.TOPIC, "poison", poison);

            handledAfterwards();

            assertThat(readUntil(deadLetters, records -> records.stream().anyMatch(poison::equals)))
                    .contains(poison);
        }
    }

    /** Publishes a fresh expert after what was sent before and waits for it: on one partition, everything earlier is handled. */
    private void handledAfterwards() {
        String markerId = "expert-" + UUID.randomUUID();
        publish(registryEvent(RegistryEvents.EXPERT_REGISTERED, markerId, profile(markerId, "marker", "Marker T."), Instant.now()));
        await().atMost(PATIENCE).until(() -> experts.find(markerId).isPresent());
    }

    private List<EventEnvelope<JsonNode>> eventsOf(String orderId) {
        try (Consumer<String, String> orderEvents = consumer(OrderingEvents.TOPIC)) {
            List<String> payloads = readUntil(orderEvents, records -> records.stream()
                    .map(reader::read)
                    .anyMatch(event -> event.subject().equals(orderId) && event.type().equals(OrderingEvents.WORK_APPROVED.type())));
            // Anything the relay would publish twice would arrive within a few more polls.
            payloads.addAll(poll(orderEvents, Duration.ofSeconds(2)));
            return payloads.stream().map(reader::read).filter(event -> event.subject().equals(orderId)).toList();
        }
    }

    private List<String> readUntil(Consumer<String, String> consumer, Predicate<List<String>> done) {
        List<String> seen = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            seen.addAll(poll(consumer, Duration.ofMillis(500)));
            return done.test(seen);
        });
        return seen;
    }

    private static List<String> poll(Consumer<String, String> consumer, Duration timeout) {
        List<String> values = new ArrayList<>();
        KafkaTestUtils.getRecords(consumer, timeout).forEach(record -> values.add(record.value()));
        return values;
    }

    private Consumer<String, String> consumer(String topic) {
        return TestConsumers.fromBeginning(bootstrapServers, topic);
    }

    private void publish(String envelope) {
        String key = reader.read(envelope).subject();
        kafka.send(RegistryEvents.TOPIC, key, envelope).join();
    }

    private <T> String registryEvent(EventContract<T> contract, String expertId, T data, Instant at) {
        EventWriter registry = new EventWriter("registry-service", json, Clock.fixed(at, ZoneOffset.UTC));
        OutboxMessage message = registry.write(contract, expertId, SOITE, data);
        return message.payload();
    }

    private static ExpertPublicProfile profile(String expertId, String username, String displayName) {
        return new ExpertPublicProfile(expertId, username, displayName, SOITE, "ngo-keski", Set.of("ngo-keski"),
                Set.of("EXPERT_BY_EXPERIENCE"), Set.of("MENTAL_HEALTH"), Set.of(), Set.of("fi"), "272",
                Set.of("LECTURE_REGIONAL"), true, true, false, List.of(),
                List.of(new ExpertPublicProfile.AssignmentContract(SOITE, LocalDate.now(), null)));
    }

    private Document storedExpert(String expertId) {
        return database.getCollection("experts").find(new Document("_id", expertId)).first();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String orderJson() {
        return """
                {"taskType": "LECTURE_REGIONAL", "role": "EXPERT_BY_EXPERIENCE", "topic": "Recovery from depression",
                 "audience": "PROFESSIONALS", "eventScope": "REGIONAL", "startsAt": "%s", "durationMinutes": 90,
                 "place": "Kokkola central hospital, hall B", "costCentre": "CC-4100", "language": "fi"}
                """.formatted(STARTS_AT);
    }

    private static RequestPostProcessor orderer() {
        return TestActors.as("orderer.soite", Role.ORDERER, SOITE, SOITE_UNIT);
    }

    private static RequestPostProcessor coordinator() {
        return TestActors.as("coordinator.soite", Role.COORDINATOR, SOITE, null);
    }
}
