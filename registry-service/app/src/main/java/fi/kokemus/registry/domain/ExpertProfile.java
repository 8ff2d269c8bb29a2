package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the registry holds about an expert apart from identity: what the owning NGO syncs.
 * Value semantics: two syncs of the same data produce equal profiles.
 *
 * @param username        the expert's own account, when they have one
 * @param homeCounty      county where the expert lives; its coordinators maintain the relationship
 * @param feeWanted       false for volunteers (travel costs only)
 * @param active          false while the expert has paused
 * @param contact         private: never in public views or events
 * @param registryConsent the consent to be listed in the registry; without it nothing is stored
 */
public record ExpertProfile(
        Optional<Username> username,
        PersonName name,
        County homeCounty,
        MunicipalityCode municipality,
        Set<ExpertRole> roles,
        Set<TopicCode> topics,
        Set<LanguageCode> languages,
        Set<TaskTypeCode> taskTypes,
        boolean feeWanted,
        boolean active,
        ContactDetails contact,
        Consent registryConsent) {

    public static final int MAX_TOPICS = 50;
    public static final int MAX_LANGUAGES = 20;
    public static final int MAX_TASK_TYPES = 50;

    public ExpertProfile {
        Checks.present(username, "username");
        Checks.present(name, "name");
        Checks.present(homeCounty, "homeCounty");
        Checks.present(municipality, "municipality");
        roles = Checks.sortedSet(roles, 1, ExpertRole.values().length, "roles");
        topics = Checks.sortedSet(topics, 0, MAX_TOPICS, "topics");
        languages = Checks.sortedSet(languages, 1, MAX_LANGUAGES, "languages");
        taskTypes = Checks.sortedSet(taskTypes, 0, MAX_TASK_TYPES, "taskTypes");
        Checks.present(contact, "contact");
        if (registryConsent == null) {
            throw DomainProblem.invalid("registry-consent-required",
                    "A member who has not consented to the registry listing cannot be stored", "registryConsent");
        }
        if (feeWanted && roles.equals(Set.of(ExpertRole.PEER_SUPPORTER))) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE,
                    "Peer support is voluntary: a peer supporter without another role cannot want a fee", "feeWanted");
        }
    }

    public String displayName() {
        return name.displayName();
    }
}
