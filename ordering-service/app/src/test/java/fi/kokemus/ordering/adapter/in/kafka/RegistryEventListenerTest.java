package fi.kokemus.ordering.adapter.in.kafka;

import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.ordering.application.port.in.UpdateExpertDirectoryUseCase;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.registry.contract.ExpertErased;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RegistryEventListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final EventWriter registry = new EventWriter("registry-service", JSON, OrderingFixtures.clock());
    private final RecordingDirectory directory = new RecordingDirectory();
    private final RegistryEventListener listener = new RegistryEventListener(new EventReader(JSON), directory);

    @Test
    void aRegisteredOrChangedProfileIsRecordedAsOfTheEventTime() {
        listener.on(registryEvent(RegistryEvents.EXPERT_REGISTERED, profile("expert-1", "aino.t")));
        listener.on(registryEvent(RegistryEvents.PUBLIC_PROFILE_CHANGED, profile("expert-1", "aino.t")));

        assertThat(directory.calls).hasSize(2).allSatisfy(call -> {
            assertThat(call).startsWith("record expert-1 aino.t " + SOITE);
            assertThat(call).endsWith("contracts=[ita-uusimaa] @" + NOW);
        });
    }

    @Test
    void anExpertWithoutAUserAccountIsKnownToo() {
        listener.on(registryEvent(RegistryEvents.EXPERT_REGISTERED, profile("expert-1", null)));

        assertThat(directory.calls).singleElement().satisfies(call -> assertThat(call).startsWith("record expert-1 null "));
    }

    @Test
    void anErasureIsPassedOn() {
        listener.on(registryEvent(RegistryEvents.EXPERT_ERASED, new ExpertErased("expert-1")));

        assertThat(directory.calls).containsExactly("erase expert-1 @" + NOW);
    }

    @Test
    void eventTypesOrderingDoesNotUseAreIgnored() {
        var future = new EventContract<>(RegistryEvents.TOPIC, "registry.training-completed", 1, ExpertErased.class);

        listener.on(registryEvent(future, new ExpertErased("expert-1")));

        assertThat(directory.calls).isEmpty();
    }

    @Test
    void unreadableMessagesAreInvalidEvents() {
        assertThatThrownBy(() -> listener.on("{not json")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> listener.on(registryEvent(RegistryEvents.EXPERT_REGISTERED, profile(" ", "aino.t"))))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> listener.on(registryEvent(RegistryEvents.EXPERT_ERASED, new ExpertErased(" "))))
                .isInstanceOf(InvalidEventException.class);
        assertThat(directory.calls).isEmpty();
    }

    private <T> String registryEvent(EventContract<T> contract, T data) {
        return registry.write(contract, "expert-1", SOITE, data).payload();
    }

    private static ExpertPublicProfile profile(String expertId, String username) {
        return new ExpertPublicProfile(expertId, username, "Aino T.", SOITE, "ngo-keski", Set.of("ngo-keski"),
                Set.of("EXPERT_BY_EXPERIENCE"), Set.of("MENTAL_HEALTH"), Set.of(), Set.of("fi"), "272",
                Set.of("LECTURE_REGIONAL"), true, true, false, List.of(),
                List.of(new ExpertPublicProfile.AssignmentContract("ita-uusimaa", LocalDate.parse("2026-01-01"), null)));
    }

    private static final class RecordingDirectory implements UpdateExpertDirectoryUseCase {

        private final List<String> calls = new ArrayList<>();

        @Override
        public void recordProfile(Expert expert, Instant asOf) {
            calls.add("record " + expert.expertId() + " " + expert.username() + " " + expert.homeCounty()
                    + " contracts=" + expert.contracts().stream().map(Expert.ContractPeriod::county).toList() + " @" + asOf);
        }

        @Override
        public void erase(String expertId, Instant asOf) {
            calls.add("erase " + expertId + " @" + asOf);
        }
    }
}
