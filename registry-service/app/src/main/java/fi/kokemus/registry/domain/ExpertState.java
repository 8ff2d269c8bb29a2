package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the registry holds about an expert besides identity, as one value: who maintains
 * which part is the {@link Expert}'s business.
 *
 * @param profile                   what the owning NGO keeps current
 * @param consents                  the person's latest decision on each consent
 * @param availability              kept by the expert and their coordinator
 * @param contracts                 one per county at most, sorted by county
 * @param confidentialityCommitment the day the expert signed the confidentiality commitment
 * @param mentor                    the senior expert mentoring this one, when there is one
 * @param membershipEnded           the owning NGO no longer lists the person as a member
 * @param preferencesOwnedByExpert  the expert edited their preferences; the NGO's sync keeps them
 */
public record ExpertState(
        ExpertProfile profile,
        Consents consents,
        Availability availability,
        List<AssignmentContract> contracts,
        Optional<LocalDate> confidentialityCommitment,
        Optional<Mentorship> mentor,
        boolean membershipEnded,
        boolean preferencesOwnedByExpert) {

    public ExpertState {
        Checks.present(profile, "profile");
        Checks.present(consents, "consents");
        Checks.present(availability, "availability");
        contracts = List.copyOf(Checks.sortedSet(contracts, 0, County.values().length, "contracts"));
        if (contracts.stream().map(AssignmentContract::county).distinct().count() != contracts.size()) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "one contract per county", "contracts");
        }
        Checks.present(confidentialityCommitment, "confidentialityCommitment");
        Checks.present(mentor, "mentor");
        if (!profile.diagnoses().isEmpty() && !consents.granted(ConsentKind.SENSITIVE_DATA)) {
            throw DomainProblem.invalid("diagnoses-without-consent",
                    "Diagnoses can be kept only with the person's consent to sensitive data (SENSITIVE_DATA)",
                    "diagnoses");
        }
    }

    static ExpertState initial(ExpertProfile profile, Consents consents) {
        return new ExpertState(profile, consents, Availability.active(), List.of(), Optional.empty(),
                Optional.empty(), false, false);
    }

    ExpertState withProfile(ExpertProfile replacement) {
        return new ExpertState(replacement, consents, availability, contracts, confidentialityCommitment, mentor,
                membershipEnded, preferencesOwnedByExpert);
    }

    ExpertState withConsents(Consents replacement) {
        return new ExpertState(profile, replacement, availability, contracts, confidentialityCommitment, mentor,
                membershipEnded, preferencesOwnedByExpert);
    }

    ExpertState withAvailability(Availability replacement) {
        return new ExpertState(profile, consents, replacement, contracts, confidentialityCommitment, mentor,
                membershipEnded, preferencesOwnedByExpert);
    }

    ExpertState withContracts(List<AssignmentContract> replacement) {
        return new ExpertState(profile, consents, availability, replacement, confidentialityCommitment, mentor,
                membershipEnded, preferencesOwnedByExpert);
    }

    ExpertState withConfidentialityCommitment(LocalDate signedOn) {
        return new ExpertState(profile, consents, availability, contracts, Optional.of(signedOn), mentor,
                membershipEnded, preferencesOwnedByExpert);
    }

    ExpertState withMentor(Optional<Mentorship> replacement) {
        return new ExpertState(profile, consents, availability, contracts, confidentialityCommitment, replacement,
                membershipEnded, preferencesOwnedByExpert);
    }

    ExpertState withMembershipEnded(boolean ended) {
        return new ExpertState(profile, consents, availability, contracts, confidentialityCommitment, mentor,
                ended, preferencesOwnedByExpert);
    }

    ExpertState withPreferencesOwnedByExpert() {
        return new ExpertState(profile, consents, availability, contracts, confidentialityCommitment, mentor,
                membershipEnded, true);
    }

    /** Listed, a member and not paused. */
    boolean bookable() {
        return consents.granted(ConsentKind.REGISTRY_LISTING) && !membershipEnded && !availability.paused();
    }
}
