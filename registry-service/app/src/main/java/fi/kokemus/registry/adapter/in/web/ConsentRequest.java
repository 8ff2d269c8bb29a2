package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.ConsentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One consent given or withdrawn by the expert; the registry dates it. */
record ConsentRequest(@NotNull ConsentKind kind, @NotNull Boolean granted,
        @NotBlank @Size(max = 32) String textVersion) {
}
