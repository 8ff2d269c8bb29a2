package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.PublicProfile;
import java.util.List;

/** The public profile: what orderers and searches see. No full name, no contact details. */
record PublicProfileResponse(
        String id,
        String organisationId,
        String displayName,
        String homeCounty,
        String municipality,
        List<String> roles,
        List<String> topics,
        List<String> languages,
        List<String> taskTypes,
        boolean feeWanted,
        boolean active) implements ExpertViewResponse {

    static PublicProfileResponse of(PublicProfile profile) {
        return new PublicProfileResponse(
                profile.expertId().value(),
                profile.organisationId(),
                profile.displayName(),
                profile.homeCounty().code(),
                profile.municipality().value(),
                Codes.of(profile.roles()),
                Codes.of(profile.topics()),
                Codes.of(profile.languages()),
                Codes.of(profile.taskTypes()),
                profile.feeWanted(),
                profile.active());
    }
}
