package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.PublicProfile;
import java.util.List;

/**
 * The public profile: what orderers and searches see. No full name, no diagnoses; contact details
 * only for a unit whose task the expert accepted.
 */
record PublicProfileResponse(
        String id,
        String organisationId,
        List<String> organisations,
        String displayName,
        String homeCounty,
        String municipality,
        List<String> roles,
        List<String> topics,
        List<String> lifeSituations,
        List<String> languages,
        List<String> taskTypes,
        boolean feeWanted,
        boolean active,
        boolean bookableOutsideHomeCounty,
        List<ExpertResponse.Period> unavailable,
        List<ExpertResponse.ContractView> contracts,
        ExpertResponse.Contact contact) implements ExpertViewResponse {

    static PublicProfileResponse of(PublicProfile profile) {
        return withContact(profile, null);
    }

    static PublicProfileResponse withContact(PublicProfile profile, ExpertResponse.Contact contact) {
        return new PublicProfileResponse(
                profile.expertId().value(),
                profile.organisationId(),
                List.copyOf(profile.organisations()),
                profile.displayName(),
                profile.homeCounty().code(),
                profile.municipality().value(),
                Codes.of(profile.roles()),
                Codes.of(profile.topics()),
                Codes.of(profile.lifeSituations()),
                Codes.of(profile.languages()),
                Codes.of(profile.taskTypes()),
                profile.feeWanted(),
                profile.active(),
                profile.bookableOutsideHomeCounty(),
                profile.unavailable().stream().map(ExpertResponse.Period::of).toList(),
                profile.contracts().stream().map(ExpertResponse.ContractView::of).toList(),
                contact);
    }
}
