package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.Username;
import java.time.Instant;
import java.util.List;

/** The whole record: for the expert, the home county's coordinators and the owning NGO. */
record ExpertResponse(
        String id,
        String organisationId,
        String externalId,
        String username,
        String firstName,
        String lastName,
        String displayName,
        String homeCounty,
        String municipality,
        List<String> roles,
        List<String> topics,
        List<String> languages,
        List<String> taskTypes,
        boolean feeWanted,
        boolean active,
        Contact contact,
        RegistryConsent registryConsent) implements ExpertViewResponse {

    record Contact(String email, String phone) {
    }

    record RegistryConsent(Instant givenAt, String textVersion) {
    }

    static ExpertResponse of(ExpertView.Full record) {
        ExpertProfile profile = record.profile();
        return new ExpertResponse(
                record.id().value(),
                record.member().organisationId(),
                record.member().externalId(),
                profile.username().map(Username::value).orElse(null),
                profile.name().firstName(),
                profile.name().lastName(),
                profile.displayName(),
                profile.homeCounty().code(),
                profile.municipality().value(),
                Codes.of(profile.roles()),
                Codes.of(profile.topics()),
                Codes.of(profile.languages()),
                Codes.of(profile.taskTypes()),
                profile.feeWanted(),
                profile.active(),
                new Contact(profile.contact().email().orElse(null), profile.contact().phone().orElse(null)),
                new RegistryConsent(profile.registryConsent().givenAt(), profile.registryConsent().textVersion()));
    }
}
