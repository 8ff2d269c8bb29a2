package fi.kokemus.ordering.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param expertId the registry's id of the expert */
public record AssignExpertRequest(@NotBlank @Size(max = 100) String expertId) {
}
