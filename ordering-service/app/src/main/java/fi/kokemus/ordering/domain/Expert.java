package fi.kokemus.ordering.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Ordering's copy of an expert's bookable profile, kept from the registry's events; ordering never
 * asks the registry.
 *
 * @param username   the expert's user account, or {@code null} while the expert has none (and so cannot
 *                   answer offers in the system)
 * @param homeCounty county where the expert lives
 * @param active     false while the expert has paused
 * @param unavailable days the expert takes no tasks
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
        List<DatePeriod> unavailable,
        List<ContractPeriod> contracts) {

    public Expert {
        requireText(expertId, "expertId");
        username = username == null || username.isBlank() ? null : username;
        requireText(homeCounty, "homeCounty");
        displayName = displayName == null ? "" : displayName;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        taskTypes = taskTypes == null ? Set.of() : Set.copyOf(taskTypes);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    /** Days from {@code from} to {@code until}, both included. */
    public record DatePeriod(LocalDate from, LocalDate until) {
        public DatePeriod {
            if (from == null || until == null || until.isBefore(from)) {
                throw new IllegalArgumentException("A period runs from a day to the same or a later day");
            }
        }

        boolean includes(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    /** An assignment contract with a county, valid on the days between the dates (either may be open). */
    public record ContractPeriod(String county, LocalDate validFrom, LocalDate validUntil) {
        public ContractPeriod {
            requireText(county, "county");
        }

        boolean covers(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    public boolean hasAccount() {
        return username != null;
    }

    /** Whether an assignment contract with {@code county} is in force on {@code day}. */
    public boolean hasContract(String county, LocalDate day) {
        return contracts.stream().anyMatch(contract -> contract.county().equals(county) && contract.covers(day));
    }

    public boolean isUnavailableOn(LocalDate day) {
        return unavailable.stream().anyMatch(period -> period.includes(day));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
