package fi.kokemus.registry.adapter.out.mongo;

import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.ExpertRegistered;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.PublicProfileChanged;
import fi.kokemus.registry.domain.Username;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns domain events into the registry's published contract, ready for the outbox. */
final class ExpertEventMessages {

    private final EventWriter writer;

    ExpertEventMessages(EventWriter writer) {
        this.writer = writer;
    }

    List<OutboxMessage> toMessages(List<ExpertEvent> events) {
        return events.stream().map(this::toMessage).toList();
    }

    private OutboxMessage toMessage(ExpertEvent event) {
        PublicProfile profile = event.profile();
        return writer.write(contractOf(event), profile.expertId().value(), profile.homeCounty().code(),
                toContract(profile));
    }

    private static EventContract<ExpertPublicProfile> contractOf(ExpertEvent event) {
        if (event instanceof ExpertRegistered) {
            return RegistryEvents.EXPERT_REGISTERED;
        }
        if (event instanceof PublicProfileChanged) {
            return RegistryEvents.PUBLIC_PROFILE_CHANGED;
        }
        throw new IllegalArgumentException("No published contract for " + event.getClass().getSimpleName());
    }

    /** Only the public profile travels: contact details and consents are not part of the contract. */
    static ExpertPublicProfile toContract(PublicProfile profile) {
        return new ExpertPublicProfile(
                profile.expertId().value(),
                profile.username().map(Username::value).orElse(null),
                profile.displayName(),
                profile.homeCounty().code(),
                profile.organisationId(),
                sorted(profile.roles(), Enum::name),
                sorted(profile.topics(), Object::toString),
                sorted(profile.languages(), Object::toString),
                profile.municipality().value(),
                sorted(profile.taskTypes(), Object::toString),
                profile.active(),
                profile.feeWanted(),
                List.of());
    }

    private static <T> Set<String> sorted(Collection<T> values, Function<T, String> toString) {
        return values.stream().map(toString).collect(Collectors.toCollection(TreeSet::new));
    }
}
