package fi.kokemus.registry.adapter.out.mongo;

import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.registry.contract.ExpertErased;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.Username;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns domain events into the registry's published contract, ready for the outbox. */
final class ExpertEventMessages {

    private static final Map<Class<? extends ExpertEvent>, EventContract<ExpertPublicProfile>> SNAPSHOTS = Map.of(
            ExpertEvent.Registered.class, RegistryEvents.EXPERT_REGISTERED,
            ExpertEvent.ProfileChanged.class, RegistryEvents.PUBLIC_PROFILE_CHANGED,
            ExpertEvent.AvailabilityChanged.class, RegistryEvents.AVAILABILITY_CHANGED,
            ExpertEvent.ContractChanged.class, RegistryEvents.CONTRACT_CHANGED,
            ExpertEvent.ConsentChanged.class, RegistryEvents.CONSENT_CHANGED);

    private final EventWriter writer;

    ExpertEventMessages(EventWriter writer) {
        this.writer = writer;
    }

    List<OutboxMessage> toMessages(List<ExpertEvent> events) {
        return events.stream().map(this::toMessage).toList();
    }

    private OutboxMessage toMessage(ExpertEvent event) {
        if (event instanceof ExpertEvent.WithProfile snapshot) {
            PublicProfile profile = snapshot.profile();
            return writer.write(SNAPSHOTS.get(event.getClass()), profile.expertId().value(),
                    profile.homeCounty().code(), toContract(profile));
        }
        var erased = (ExpertEvent.Erased) event;
        return writer.write(RegistryEvents.EXPERT_ERASED, erased.expertId().value(), erased.homeCounty().code(),
                new ExpertErased(erased.expertId().value()));
    }

    /** Only the public profile travels: contact details, diagnoses and consents are not part of the contract. */
    static ExpertPublicProfile toContract(PublicProfile profile) {
        return new ExpertPublicProfile(
                profile.expertId().value(),
                profile.username().map(Username::value).orElse(null),
                profile.displayName(),
                profile.homeCounty().code(),
                profile.organisationId(),
                profile.organisations(),
                sorted(profile.roles(), Enum::name),
                sorted(profile.topics(), Object::toString),
                sorted(profile.lifeSituations(), Object::toString),
                sorted(profile.languages(), Object::toString),
                profile.municipality().value(),
                sorted(profile.taskTypes(), Object::toString),
                profile.active(),
                profile.feeWanted(),
                profile.bookableOutsideHomeCounty(),
                profile.unavailable().stream().map(ExpertEventMessages::period).toList(),
                profile.contracts().stream().map(ExpertEventMessages::contract).toList());
    }

    private static ExpertPublicProfile.UnavailablePeriod period(DatePeriod period) {
        return new ExpertPublicProfile.UnavailablePeriod(period.from(), period.until());
    }

    private static ExpertPublicProfile.AssignmentContract contract(AssignmentContract contract) {
        return new ExpertPublicProfile.AssignmentContract(contract.county().code(), contract.validFrom(),
                contract.validUntil().orElse((LocalDate) null));
    }

    private static <T> Set<String> sorted(Collection<T> values, Function<T, String> toString) {
        return values.stream().map(toString).collect(Collectors.toCollection(TreeSet::new));
    }
}
