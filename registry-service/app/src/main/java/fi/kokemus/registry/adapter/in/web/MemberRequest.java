package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.Consent;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.PersonName;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.Username;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An NGO's current data for one member. Sizes are checked here, formats and rules by the domain.
 *
 * @param registryConsent the member's consent to the registry listing; a member without one is refused
 */
record MemberRequest(
        @Size(max = 64) String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 40) String homeCounty,
        @NotBlank @Size(max = 3) String municipality,
        @NotEmpty @Size(max = 6) Set<@NotNull ExpertRole> roles,
        @Size(max = ExpertProfile.MAX_TOPICS) Set<@NotBlank @Size(max = 64) String> topics,
        @NotEmpty @Size(max = ExpertProfile.MAX_LANGUAGES) Set<@NotBlank @Size(max = 2) String> languages,
        @Size(max = ExpertProfile.MAX_TASK_TYPES) Set<@NotBlank @Size(max = 64) String> taskTypes,
        @NotNull Boolean feeWanted,
        @NotNull Boolean active,
        @NotNull @Valid Contact contact,
        @Valid RegistryConsent registryConsent) {

    record Contact(@Size(max = 254) String email, @Size(max = 20) String phone) {
    }

    record RegistryConsent(@NotNull Instant givenAt, @NotBlank @Size(max = 32) String textVersion) {
    }

    ExpertProfile toProfile() {
        return new ExpertProfile(
                Optional.ofNullable(username).map(Username::new),
                new PersonName(firstName, lastName),
                County.of(homeCounty, "homeCounty"),
                new MunicipalityCode(municipality),
                roles,
                mapped(topics, TopicCode::new),
                mapped(languages, LanguageCode::new),
                mapped(taskTypes, TaskTypeCode::new),
                feeWanted,
                active,
                ContactDetails.of(contact.email(), contact.phone()),
                registryConsent == null ? null : new Consent(registryConsent.givenAt(), registryConsent.textVersion()));
    }

    private static <T> Set<T> mapped(Collection<String> values, Function<String, T> parse) {
        return values == null ? Set.of() : values.stream().map(parse).collect(Collectors.toSet());
    }
}
