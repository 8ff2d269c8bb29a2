package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.TaskTypeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The expert's own preferences; sizes are checked here, formats by the domain. */
record PreferencesRequest(
        @NotNull @Valid MemberRequest.Contact contact,
        @NotEmpty @Size(max = Preferences.MAX_LANGUAGES) Set<@NotBlank @Size(max = 2) String> languages,
        @Size(max = Preferences.MAX_TASK_TYPES) Set<@NotBlank @Size(max = 64) String> taskTypes,
        @Size(max = Preferences.MAX_WISHES_LENGTH) String wishes) {

    Preferences toPreferences() {
        return new Preferences(ContactDetails.of(contact.email(), contact.phone()),
                languages.stream().map(LanguageCode::new).collect(Collectors.toSet()),
                taskTypes == null ? Set.of() : taskTypes.stream().map(TaskTypeCode::new).collect(Collectors.toSet()),
                Optional.ofNullable(wishes));
    }
}
