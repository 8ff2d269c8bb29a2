package fi.kokemus.feedback.domain.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the follow-up knows of an expert from the registry: who they are to a coordinator and which
 * counties they serve. Nothing personal beyond the display name.
 *
 * @param displayName    first name and initial, as the registry shows it to staff
 * @param organisationId the background organisation (NGO) that maintains the expert's record
 * @param active         bookable: not paused and still a member of the NGO
 */
public record CountyExpert(String expertId, String displayName, String organisationId, String homeCounty,
        List<Contract> contracts, boolean active) {

    /** An assignment contract with a county, valid from and until (both included; until null: open). */
    public record Contract(String county, LocalDate validFrom, LocalDate validUntil) {
    }

    public CountyExpert {
        Objects.requireNonNull(expertId, "expertId");
        contracts = List.copyOf(contracts);
    }

    /** The county is the expert's home county or they had a contract with it on some day of the period. */
    public boolean serves(String county, ReportPeriod period) {
        return county.equals(homeCounty) || contracts.stream().anyMatch(contract -> county.equals(contract.county())
                && period.overlaps(contract.validFrom(), contract.validUntil()));
    }

    /** Every county the expert is connected with, for looking them up by county. */
    public List<String> counties() {
        return Stream.concat(Stream.ofNullable(homeCounty),
                contracts.stream().map(Contract::county)).distinct().sorted().toList();
    }
}
