package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the owning NGO keeps current about a member: everything but consents, availability and
 * what the county records (contracts, commitment, mentor). Value semantics: two syncs of the
 * same data produce equal profiles.
 *
 * @param username           the expert's own account, when they have one
 * @param homeCounty         county where the expert lives; its coordinators maintain the relationship
 * @param otherOrganisations background organisations besides the owning one
 * @param diagnoses          sensitive; the expert record refuses them without consent
 * @param feeWanted          false for volunteers (travel costs only)
 */
public record ExpertProfile(
        Optional<Username> username,
        PersonName name,
        County homeCounty,
        MunicipalityCode municipality,
        Set<ExpertRole> roles,
        Set<String> otherOrganisations,
        List<Training> trainings,
        Set<TopicCode> topics,
        Set<TopicCode> lifeSituations,
        Set<DiagnosisCode> diagnoses,
        boolean feeWanted,
        Preferences preferences) {

    public static final int MAX_ORGANISATIONS = 10;
    public static final int MAX_TRAININGS = 50;
    public static final int MAX_TOPICS = 50;
    public static final int MAX_DIAGNOSES = 20;

    public ExpertProfile {
        Checks.present(username, "username");
        Checks.present(name, "name");
        Checks.present(homeCounty, "homeCounty");
        Checks.present(municipality, "municipality");
        roles = Checks.sortedSet(roles, 1, ExpertRole.values().length, "roles");
        otherOrganisations = Checks.sortedSet(otherOrganisations, 0, MAX_ORGANISATIONS, "otherOrganisations");
        otherOrganisations.forEach(id -> MemberReference.requireOrganisationId(id, "otherOrganisations"));
        trainings = List.copyOf(Checks.sortedSet(trainings, 0, MAX_TRAININGS, "trainings"));
        topics = Checks.sortedSet(topics, 0, MAX_TOPICS, "topics");
        lifeSituations = Checks.sortedSet(lifeSituations, 0, MAX_TOPICS, "lifeSituations");
        diagnoses = Checks.sortedSet(diagnoses, 0, MAX_DIAGNOSES, "diagnoses");
        Checks.present(preferences, "preferences");
        if (feeWanted && roles.equals(Set.of(ExpertRole.PEER_SUPPORTER))) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE,
                    "Peer support is voluntary: a peer supporter without another role cannot want a fee", "feeWanted");
        }
    }

    public String displayName() {
        return name.displayName();
    }

    /** Completed the developer-influencer follow-up training, still valid on {@code day}. */
    public boolean hasAdvancedTrainingOn(LocalDate day) {
        return trainings.stream().anyMatch(training -> training.type() == TrainingType.DEVELOPER_INFLUENCER
                && training.validOn(day));
    }

    /** The owning NGO and any others the expert belongs to. */
    public SortedSet<String> organisationsWith(String owningOrganisation) {
        SortedSet<String> all = new TreeSet<>(otherOrganisations);
        all.add(owningOrganisation);
        return Collections.unmodifiableSortedSet(all);
    }

    public ExpertProfile withPreferences(Preferences replacement) {
        return new ExpertProfile(username, name, homeCounty, municipality, roles, otherOrganisations, trainings,
                topics, lifeSituations, diagnoses, feeWanted, replacement);
    }

    public ExpertProfile withoutDiagnoses() {
        return new ExpertProfile(username, name, homeCounty, municipality, roles, otherOrganisations, trainings,
                topics, lifeSituations, Set.of(), feeWanted, preferences);
    }
}
