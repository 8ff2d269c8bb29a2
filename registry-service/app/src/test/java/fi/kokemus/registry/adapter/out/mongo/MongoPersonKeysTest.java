package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import fi.kokemus.registry.domain.Consents;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MatchKeys;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The person-key index is written only where the keys changed: each key write is a committed write on the store. */
class MongoPersonKeysTest {

    private final List<String> personKeyWrites = new CopyOnWriteArrayList<>();
    private MongoClient client;
    private MongoExpertRepository repository;

    @BeforeEach
    void repositoryCountingKeyWrites() {
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update")
                        && event.getCommand().getString("update").getValue().equals(MongoPersonKeys.COLLECTION)) {
                    personKeyWrites.add(event.getCommand().toJson());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(InMemoryMongo.connectionString()))
                .addCommandListener(listener)
                .build());
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);
        repository = new MongoExpertRepository(client.getDatabase("registry-" + UUID.randomUUID()),
                new EventWriter("registry-service", JsonMapper.builder().build(), clock), clock);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aNewExpertsKeysAreWrittenInOneCommand() {
        Expert expert = aProfile().register(new MemberReference(Actors.NGO_KESKI, "k-1"));

        repository.save(expert);

        assertThat(personKeyWrites).hasSize(1);
        assertThat(repository.findByMatchKeys(MatchKeys.of(aProfile().build()))).extracting(Expert::id)
                .containsExactly(expert.id());
    }

    @Test
    void aSaveThatKeepsTheKeysWritesNoKeyAndAChangedKeyIsWrittenAlone() {
        Expert expert = aProfile().register(new MemberReference(Actors.NGO_KESKI, "k-2"));
        repository.save(expert);
        personKeyWrites.clear();

        Expert sameKeys = repository.findById(expert.id()).orElseThrow();
        sameKeys.sync(aProfile().topics("VIOLENCE").build(), Consents.none());
        repository.save(sameKeys);
        assertThat(personKeyWrites).isEmpty();

        Expert newEmail = repository.findById(expert.id()).orElseThrow();
        newEmail.sync(aProfile().contact("aino.uusi@example.org", "+358 40 000 0001").build(), Consents.none());
        repository.save(newEmail);
        assertThat(personKeyWrites).hasSize(1);
        assertThat(personKeyWrites.get(0)).containsOnlyOnce("\"q\"");
        assertThat(repository.findByMatchKeys(MatchKeys.of(aProfile().contact("aino.uusi@example.org", null).build())))
                .extracting(Expert::id).containsExactly(expert.id());
    }
}
