package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.PersonName;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.TrainingType;
import fi.kokemus.registry.domain.Username;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An NGO's current data for one member. Sizes are checked here, formats and rules by the domain.
 *
 * @param consents the member's consent decisions as the NGO collected them; without a granted
 *                 REGISTRY_LISTING a new member is refused
 */
record MemberRequest(
        @Size(max = 64) String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 40) String homeCounty,
        @NotBlank @Size(max = 3) String municipality,
        @NotEmpty @Size(max = 6) Set<@NotNull ExpertRole> roles,
        @Size(max = ExpertProfile.MAX_ORGANISATIONS) Set<@NotBlank @Size(max = 64) String> otherOrganisations,
        @Size(max = ExpertProfile.MAX_TRAININGS) List<@NotNull @Valid TrainingEntry> trainings,
        @Size(max = ExpertProfile.MAX_TOPICS) Set<@NotBlank @Size(max = 64) String> topics,
        @Size(max = ExpertProfile.MAX_TOPICS) Set<@NotBlank @Size(max = 64) String> lifeSituations,
        @Size(max = ExpertProfile.MAX_DIAGNOSES) Set<@NotBlank @Size(max = 64) String> diagnoses,
        @NotEmpty @Size(max = Preferences.MAX_LANGUAGES) Set<@NotBlank @Size(max = 2) String> languages,
        @Size(max = Preferences.MAX_TASK_TYPES) Set<@NotBlank @Size(max = 64) String> taskTypes,
        @Size(max = Preferences.MAX_WISHES_LENGTH) String wishes,
        @NotNull Boolean feeWanted,
        @NotNull @Valid Contact contact,
        @NotNull @Size(max = 8) List<@NotNull @Valid Consent> consents) {

    record Contact(@Size(max = 254) String email, @Size(max = 20) String phone) {
    }

    record TrainingEntry(@NotNull TrainingType type, @NotNull Integer hours, @NotBlank @Size(max = 200) String provider,
            @NotNull LocalDate completedOn, LocalDate validUntil) {

        Training toTraining() {
            return new Training(type, hours, provider, completedOn, Optional.ofNullable(validUntil));
        }
    }

    record Consent(@NotNull ConsentKind kind, @NotNull Boolean granted, @NotNull Instant decidedAt,
            @NotBlank @Size(max = 32) String textVersion) {

        ConsentDecision toDecision() {
            return new ConsentDecision(kind, granted, decidedAt, textVersion);
        }
    }

    ExpertProfile toProfile() {
        return new ExpertProfile(
                Optional.ofNullable(username).map(Username::new),
                new PersonName(firstName, lastName),
                County.of(homeCounty, "homeCounty"),
                new MunicipalityCode(municipality),
                roles,
                mapped(otherOrganisations, Function.identity()),
                trainings == null ? List.of() : trainings.stream().map(TrainingEntry::toTraining).toList(),
                mapped(topics, TopicCode::new),
                mapped(lifeSituations, TopicCode::new),
                mapped(diagnoses, DiagnosisCode::new),
                feeWanted,
                new Preferences(ContactDetails.of(contact.email(), contact.phone()),
                        mapped(languages, LanguageCode::new), mapped(taskTypes, TaskTypeCode::new),
                        Optional.ofNullable(wishes)));
    }

    List<ConsentDecision> toDecisions() {
        return consents.stream().map(Consent::toDecision).toList();
    }

    private static <T> Set<T> mapped(Collection<String> values, Function<String, T> parse) {
        return values == null ? Set.of() : values.stream().map(parse).collect(Collectors.toSet());
    }
}
