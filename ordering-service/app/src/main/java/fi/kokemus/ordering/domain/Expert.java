package fi.kokemus.ordering.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Ordering's copy of an expert's bookable profile, kept from the registry's events; ordering never
 * asks the registry.
 *
 * @param homeCounty county where the expert lives
 * @param active     false while the expert has paused
 * @param contracts  assignment contracts with counties
 */
public record Expert(
        String expertId,
        String username,
        String displayName,
        String homeCounty,
        Set<String> roles,
        Set<String> topics,
        Set<String> languages,
        Set<String> taskTypes,
        boolean active,
        List<ContractPeriod> contracts) {

    public Expert {
        requireText(expertId, "expertId");
        requireText(username, "username");
        requireText(homeCounty, "homeCounty");
        displayName = displayName == null ? "" : displayName;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        taskTypes = taskTypes == null ? Set.of() : Set.copyOf(taskTypes);
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    /** An assignment contract with a county, valid on the days between the dates (either may be open). */
    public record ContractPeriod(String county, LocalDate validFrom, LocalDate validUntil) {
        public ContractPeriod {
            requireText(county, "county");
        }
    }

    /** Refuses an offer in {@code county} unless the expert is active and lives or has a contract there. */
    void requireBookableIn(String county) {
        if (!active) {
            throw ExpertNotEligibleException.paused(this);
        }
        boolean contracted = contracts.stream().anyMatch(contract -> contract.county().equals(county));
        if (!homeCounty.equals(county) && !contracted) {
            throw ExpertNotEligibleException.outsideCounty(this, county);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
