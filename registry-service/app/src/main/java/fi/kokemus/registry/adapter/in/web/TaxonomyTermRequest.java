package fi.kokemus.registry.adapter.in.web;

import jakarta.validation.constraints.NotNull;

/** A term as the admin wants it; the labels' content is checked by the domain. */
record TaxonomyTermRequest(@NotNull LabelsBody labels, @NotNull Boolean retired) {
}
