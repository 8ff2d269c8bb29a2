package fi.kokemus.registry.domain.taxonomy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The maintained code lists expert records are checked against. */
public enum TaxonomyKind {
    /** Experience topics, e.g. mental health or child protection. */
    TOPIC,
    /** Life situations the expert has been through, e.g. unemployment or divorce. */
    LIFE_SITUATION,
    /** Kinds of task an expert can be ordered for; the fee tariffs price the same codes. */
    TASK_TYPE,
    /** ICD-10 based diagnosis categories: health data, so not everyone may read even the list. */
    DIAGNOSIS;

    private static final Role[] DIAGNOSIS_READERS = {Role.COORDINATOR, Role.NGO_PARTNER, Role.EXPERT, Role.ADMIN};

    /** The kind as written in URLs, e.g. {@code life-situation}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this slug; anything else is invalid input in {@code field}. */
    public static TaxonomyKind ofSlug(String slug, String field) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst()
                .orElseThrow(() -> DomainProblem.invalid("invalid-value", field + " must be one of "
                        + Arrays.stream(values()).map(TaxonomyKind::slug).collect(Collectors.joining(", ")), field));
    }

    /** Refuses orderers and finance the diagnosis list: they must never see diagnosis data at all. */
    public void requireReadableBy(Actor actor) {
        if (this == DIAGNOSIS && !actor.hasAny(DIAGNOSIS_READERS)) {
            throw DomainProblem.forbidden("sensitive-taxonomy",
                    "Diagnosis categories are shown only to coordinators, NGO partners, experts and admins");
        }
    }
}
