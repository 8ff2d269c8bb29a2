package fi.kokemus.registry.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The bookable side of an expert: a full snapshot, so a consumer's projection is simply replaced.
 *
 * @param expertId       registry id
 * @param username       login name of the expert's account, used to recognise the expert when they act
 * @param displayName    name shown to staff (first name and initial of the last name)
 * @param homeCounty     wellbeing services county code where the expert lives
 * @param organisationId background organisation (NGO) that maintains the record
 * @param organisations  all background organisations the expert belongs to, the maintaining one included
 * @param roles          e.g. {@code EXPERT_BY_EXPERIENCE}, {@code DEVELOPER_CUSTOMER}, {@code PEER_SUPPORTER}
 * @param topics         experience topic codes
 * @param lifeSituations life situation codes
 * @param languages      ISO 639-1 codes
 * @param municipality   municipality code (Statistics Finland)
 * @param taskTypes      task type codes the expert is willing to do
 * @param active         bookable at all: false while paused or no longer a member of the NGO
 * @param feeWanted      false for volunteers (reimbursements only)
 * @param bookableOutsideHomeCounty the expert consented to being found and booked by other counties
 * @param unavailable    days the expert cannot take tasks (the reasons are private)
 * @param contracts      assignment contracts, per county
 */
public record ExpertPublicProfile(
        String expertId,
        String username,
        String displayName,
        String homeCounty,
        String organisationId,
        Set<String> organisations,
        Set<String> roles,
        Set<String> topics,
        Set<String> lifeSituations,
        Set<String> languages,
        String municipality,
        Set<String> taskTypes,
        boolean active,
        boolean feeWanted,
        boolean bookableOutsideHomeCounty,
        List<UnavailablePeriod> unavailable,
        List<AssignmentContract> contracts) {

    /** Days from {@code from} to {@code until}, both included, when the expert takes no tasks. */
    public record UnavailablePeriod(LocalDate from, LocalDate until) {
    }

    /**
     * An assignment contract (toimeksiantosopimus) with one county, valid on the days between the
     * dates (both included); {@code validUntil} is null for a contract until further notice.
     */
    public record AssignmentContract(String county, LocalDate validFrom, LocalDate validUntil) {
    }
}
