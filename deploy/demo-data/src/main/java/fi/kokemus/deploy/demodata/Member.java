package fi.kokemus.deploy.demodata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One member as the NGO sends it to the registry ({@code PUT /api/registry/organisations/{org}/members/{externalId}}):
 * the same fields as the registry's sync request. Absent optional values are null.
 */
public record Member(
        String username,
        String firstName,
        String lastName,
        String homeCounty,
        String municipality,
        Set<String> roles,
        Set<String> otherOrganisations,
        List<Training> trainings,
        Set<String> topics,
        Set<String> lifeSituations,
        Set<String> diagnoses,
        Set<String> languages,
        Set<String> taskTypes,
        String wishes,
        boolean feeWanted,
        Contact contact,
        List<Consent> consents) {

    /** Sets are kept sorted so that the same seed gives the same JSON in every JVM. */
    public Member {
        roles = sorted(roles);
        otherOrganisations = sorted(otherOrganisations);
        trainings = List.copyOf(trainings);
        topics = sorted(topics);
        lifeSituations = sorted(lifeSituations);
        diagnoses = sorted(diagnoses);
        languages = sorted(languages);
        taskTypes = sorted(taskTypes);
        consents = List.copyOf(consents);
    }

    public static final String PEER_SUPPORTER = "PEER_SUPPORTER";
    public static final String REGISTRY_LISTING = "REGISTRY_LISTING";
    public static final String DISCLOSURE_OUTSIDE_COUNTY = "DISCLOSURE_OUTSIDE_COUNTY";
    public static final String PHOTOS_AND_SOCIAL_MEDIA = "PHOTOS_AND_SOCIAL_MEDIA";
    public static final String SENSITIVE_DATA = "SENSITIVE_DATA";

    public record Contact(String email, String phone) {
    }

    public record Training(String type, int hours, String provider, LocalDate completedOn, LocalDate validUntil) {
    }

    public record Consent(String kind, boolean granted, Instant decidedAt, String textVersion) {
    }

    /** The same person kept by another organisation: no account link, which only one record may carry. */
    Member keptElsewhere(String organisation) {
        Set<String> others = otherOrganisations.stream().filter(id -> !id.equals(organisation)).collect(Collectors.toSet());
        return new Member(null, firstName, lastName, homeCounty, municipality, roles, others, trainings, topics,
                lifeSituations, diagnoses, languages, taskTypes, wishes, feeWanted, contact, consents);
    }

    private static SortedSet<String> sorted(Collection<String> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
