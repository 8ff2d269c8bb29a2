package fi.kokemus.ordering.adapter.in.kafka;

import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import java.util.List;

/** Maps the registry's public profile onto the fields ordering keeps. */
final class ExpertProfiles {

    private ExpertProfiles() {
    }

    static Expert toExpert(EventEnvelope<?> envelope, ExpertPublicProfile profile) {
        try {
            return new Expert(profile.expertId(), profile.username(), profile.displayName(), profile.homeCounty(),
                    profile.roles(), profile.topics(), profile.languages(), profile.taskTypes(), profile.active(),
                    unavailable(profile.unavailable()), contracts(profile.contracts()));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("Event " + envelope.id() + " carries an unusable profile", e);
        }
    }

    private static List<Expert.DatePeriod> unavailable(List<ExpertPublicProfile.UnavailablePeriod> periods) {
        return periods == null ? List.of() : periods.stream()
                .map(period -> new Expert.DatePeriod(period.from(), period.until()))
                .toList();
    }

    private static List<Expert.ContractPeriod> contracts(List<ExpertPublicProfile.AssignmentContract> contracts) {
        return contracts == null ? List.of() : contracts.stream()
                .map(contract -> new Expert.ContractPeriod(contract.county(), contract.validFrom(), contract.validUntil()))
                .toList();
    }
}
